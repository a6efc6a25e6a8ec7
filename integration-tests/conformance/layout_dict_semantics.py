# Instance __dict__ semantics the layouts must keep exactly: identity, liveness, vars(), del, order.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = P(1, 2)
d = p.__dict__
print(d is p.__dict__, d is vars(p), d)
d['x'] = 10
print(p.x, hasattr(p, 'x'))
p.y = 20
print(d['y'], list(d))
del p.a
print('a' in d, list(d), list(vars(p)))
try:
    p.a
except AttributeError as e:
    print('AttributeError', e)
p.a = 3
print(list(p.__dict__), p.a)
del d['b']
try:
    print(p.b)
except AttributeError as e:
    print('AttributeError', e)
d.clear()
print(vars(p), hasattr(p, 'x'))
p.z = 1
print(p.__dict__)

# attributes set before and after __dict__ is first asked for keep insertion order
q = P(5, 6)
q.c = 7
q.d = 8
print(list(q.__dict__.items()))
for i in range(10):
    setattr(q, 'n%d' % i, i)
print(list(q.__dict__)[-3:], q.n9, len(vars(q)))

# many attributes (more than fit inline)
class Many:
    pass
m = Many()
for i in range(100):
    setattr(m, 'a%d' % i, i * i)
print(m.a0, m.a50, m.a99, len(m.__dict__), list(m.__dict__)[:3])
for i in range(0, 100, 2):
    delattr(m, 'a%d' % i)
print(len(vars(m)), list(vars(m))[:3], getattr(m, 'a3'))

# deleting a missing attribute
try:
    del P(1, 2).nope
except AttributeError as e:
    print('AttributeError', e)

# replacing and deleting __dict__
r = P(1, 2)
r.__dict__ = {'k': 'v'}
print(r.k, vars(r), hasattr(r, 'a'))
nd = {'z': 26}
r.__dict__ = nd
r.w = 1
print(nd, r.__dict__ is nd)
try:
    r.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
del r.__dict__
print(r.__dict__)

class D(dict):
    pass
s = P(0, 0)
s.__dict__ = D(q=1)
print(s.q, type(s.__dict__).__name__)

# an empty instance
e = P.__new__(P)
print(vars(e), e.__dict__ is vars(e))
e.only = 1
print(vars(e))

# equal dicts, same contents, whichever order of access
u, v = P(1, 2), P(1, 2)
print(vars(u) == vars(v), u.__dict__ == {'a': 1, 'b': 2})

# __slots__ with __dict__
class S:
    __slots__ = ('s', '__dict__')
    def __init__(self):
        self.s = 1
        self.t = 2
o = S()
print(o.s, o.t, o.__dict__)
o.__dict__['u'] = 3
print(o.u, sorted(vars(o)))
del o.s
try:
    o.s
except AttributeError as e:
    print('AttributeError', e)

class NoDict:
    __slots__ = ('a',)
n = NoDict()
n.a = 1
try:
    n.b = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    n.__dict__
except AttributeError as e:
    print('AttributeError', e)
try:
    vars(n)
except TypeError as e:
    print('TypeError', e)

# dir() sees instance attributes
w = P(1, 2)
w.zz = 0
print([x for x in dir(w) if not x.startswith('__')])
