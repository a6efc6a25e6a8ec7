# collections.defaultdict (from _collections): factory, __missing__, repr, copy, reduce, |
from _collections import defaultdict

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

d = defaultdict(list)
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, len(d), d['a'], 'c' in d, d.get('c'), 'c' in d)
print(repr(d), str(d), isinstance(d, dict), type(d).__name__, type(d).__module__)
print(d.default_factory, defaultdict().default_factory, defaultdict(None).default_factory)
e = defaultdict(int, {1: 2}, x=3)
print(e, e[99], e)
print(e.__missing__('m'), e)
n = defaultdict()
print(n)
show(lambda: n[1])
show(lambda: n.__missing__(1))
n.default_factory = lambda: 'made'
print(n[5], dict(n))
del n.default_factory
print(n.default_factory)
show(lambda: n[6])
c = e.copy()
print(c, type(c).__name__, c.default_factory, c is e, c == e)
print(e.__copy__())
r = e.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1])
print(e == {1: 2, 'x': 3, 99: 0, 'm': 0}, dict(e))
u = defaultdict(str, {1: 'a'}) | {2: 'b'}
print(u, type(u).__name__, u.default_factory)
v = {0: 'z'} | defaultdict(str, {1: 'a'})
print(v, type(v).__name__, v.default_factory)
w = defaultdict(set)
w |= {1: {2}}
print(w)
w.update(k=5)
print(w)
show(lambda: defaultdict(1))
show(lambda: defaultdict('x', {}))
show(lambda: e | 1)
show(lambda: e.__missing__())
show(lambda: e.__missing__(1, 2))
show(lambda: hash(e))
show(lambda: defaultdict.copy([]))
print(defaultdict.__doc__)
print(defaultdict.default_factory.__doc__)
print(defaultdict.__name__, defaultdict.__qualname__, defaultdict.__mro__)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t['a']['b']['c'] = 1
print(t, type(t['a']).__name__)

class Counting(defaultdict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)

cnt = Counting(int)
cnt['q'] += 1
print(cnt, cnt.copy(), type(cnt.copy()).__name__)
cnt.extra = 'attr'
print(cnt.extra, cnt.__dict__)
lam = defaultdict(lambda: 0)
print(repr(lam).startswith('defaultdict(<function <lambda> at '), lam[1])
print(defaultdict(int, a=1) == defaultdict(list, a=1))
print(sorted(defaultdict(int, {3: 1, 1: 2}).items()))
