# Attribute and method-call sites run in loops (so inline caches are warm) while the classes
# change under them: every answer must be what the generic protocol gives.

class Base:
    k = 'base-k'
    def m(self):
        return 'Base.m'

class C(Base):
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def read_x(objs):
    return [o.x for o in objs]

def read_k(o):
    return o.k

def call_m(o):
    return o.m()

def call_get(o):
    return o.get()

objs = [C(i) for i in range(5)]
for _ in range(3):
    print(read_x(objs), read_k(objs[0]), call_m(objs[0]), call_get(objs[1]))

# adding a method to a class in the MRO, then overriding it in the class itself
Base.m = lambda self: 'new Base.m'
print(call_m(objs[0]), call_m(objs[0]))
C.m = lambda self: 'C.m'
print(call_m(objs[0]), call_m(objs[0]))
del C.m
print(call_m(objs[0]))
del Base.m
try:
    call_m(objs[0])
except AttributeError as e:
    print('AttributeError', e)
Base.m = lambda self: 'back'
print(call_m(objs[0]))

# a class attribute shadowed, then unshadowed, by an instance attribute
o = objs[2]
print(read_k(o), read_k(o))
o.k = 'instance-k'
print(read_k(o), read_k(objs[3]))
del o.k
print(read_k(o), read_k(o))
Base.k = 'changed-k'
print(read_k(o), read_k(objs[4]))
C.k = 'C-k'
print(read_k(o))
del C.k
print(read_k(o))

# an instance attribute shadowing a method
o.m = lambda: 'instance m'
print(call_m(o), call_m(objs[0]))
del o.m
print(call_m(o))

# a data descriptor added to the class later wins over the instance attribute
for _ in range(3):
    read_x(objs)
C.x = property(lambda self: 'property x')
print(read_x(objs[:2]))
del C.x
print(read_x(objs[:2]))

# a non-data descriptor added later loses to the instance attribute but is seen when absent
class NonData:
    def __get__(self, inst, owner):
        return 'nondata'
C.y = NonData()
print(objs[0].y)
objs[0].y = 'own y'
print(objs[0].y, objs[1].y)

# a descriptor class that gains __set__ after the fact
class Later:
    def __get__(self, inst, owner):
        return 'Later.get'
C.z = Later()
objs[0].__dict__['z'] = 'dict z'
def read_z(o):
    return o.z
print(read_z(objs[0]), read_z(objs[0]))
Later.__set__ = lambda self, inst, value: None
print(read_z(objs[0]), read_z(objs[0]))

# __getattribute__ / __getattr__ / __setattr__ added after instances exist
def store_x(o, v):
    o.x = v
for i in range(3):
    store_x(objs[1], i)
print(objs[1].x)
C.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
store_x(objs[1], 4)
print(objs[1].x)
del C.__setattr__
store_x(objs[1], 5)
print(objs[1].x)
C.__getattribute__ = lambda self, name: 'intercepted ' + name
print(read_x(objs[:2]), call_m.__name__)
del C.__getattribute__
print(read_x(objs[:2]))
C.__getattr__ = lambda self, name: 'fallback ' + name
print(objs[0].missing, read_x(objs[:1]))
del C.__getattr__

# __class__ assignment keeps the instance's attributes; sites see the new class
class Other:
    k = 'other-k'
    def m(self):
        return 'Other.m'
    def get(self):
        return 'Other.get ' + str(self.x)
p = C(42)
for _ in range(3):
    print(call_get(p), read_k(p), call_m(p))
p.__class__ = Other
print(call_get(p), read_k(p), call_m(p), p.x, vars(p))
p.__class__ = C
print(call_get(p), read_k(p), call_m(p))

# the same site seeing many classes (polymorphic, then megamorphic)
classes = [type('T%d' % i, (), {'x': i, 'm': (lambda i: lambda self: i)(i)}) for i in range(8)]
insts = [cls() for cls in classes]
print([o.x for o in insts], [o.m() for o in insts])
insts[3].x = 'own'
classes[5].m = lambda self: 'five'
print([o.x for o in insts], [o.m() for o in insts])

# augmented assignment through the caches
class Counter:
    def __init__(self):
        self.n = 0
c = Counter()
for i in range(100):
    c.n += i
print(c.n)
c.__dict__['n'] = -1
c.n += 1
print(c.n, vars(c))

# class attributes read through instances, then changed
class Conf:
    level = 1
cf = Conf()
vals = []
for i in range(4):
    vals.append(cf.level)
    Conf.level += 1
print(vals)

# methods called through builtin-type receivers keep working when patched names exist
lst = []
for i in range(3):
    lst.append(i)
print(lst, 'abc'.upper(), {1: 2}.get(1))
