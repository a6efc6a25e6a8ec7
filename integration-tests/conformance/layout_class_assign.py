# __class__ assignment keeps the instance's attributes; the layouts of the two classes must agree.
class A:
    def who(self):
        return 'A'

class B:
    kind = 'B'
    def who(self):
        return 'B ' + str(self.x)

a = A()
a.x = 1
a.y = 2
d_before = dict(vars(a))
a.__class__ = B
print(type(a).__name__, a.who(), a.kind, vars(a) == d_before, list(vars(a)))
a.z = 3
a.__class__ = A
print(a.who(), vars(a), isinstance(a, A), isinstance(a, B))

# the dict made before the assignment stays the instance's dict
d = a.__dict__
a.__class__ = B
print(a.__dict__ is d, a.who())

class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
    def get(self):
        return self.x
s = S1()
s.x = 5
s.__class__ = S2
print(s.get())

for target in (S1, int, 5, None):
    try:
        b = B()
        b.__class__ = target
    except TypeError as e:
        print('TypeError', e)
try:
    del B().__class__
except TypeError as e:
    print('TypeError', e)

class E(Exception):
    pass
try:
    A().__class__ = E
except TypeError as e:
    print('TypeError', e)

# subclass and back, with methods called in a loop so caches are warm
class Sub(A):
    def who(self):
        return 'Sub'
objs = [A() for _ in range(4)]
for i, o in enumerate(objs):
    o.i = i
out = []
for rnd in range(3):
    for o in objs:
        out.append(o.who())
    objs[rnd].__class__ = Sub
print(out, [o.i for o in objs])
