# _functools.partial: calls, keyword merging, flattening, repr, attributes, reduce/setstate, subclasses
from _functools import partial

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

def f(*args, **kw):
    return args, kw

p = partial(f, 1, a=2)
print(p(), p(3), p(3, b=4), p(a=5), p(3, a=6, c=7))
print(p.func is f, p.args, p.keywords, type(p).__name__, type(p).__module__)
q = partial(p, 8, b=9)
print(q.func is f, q.args, q.keywords, q(10))
p.attr = 'x'
r = partial(p, 11)
print(r.func is p, r.args, r())
print(partial(f)(), partial(f, 1, 2)(3), partial(f, k=1)(k=2))
print(repr(partial(len, 'x', k='v')).split(' at ')[0])
print(repr(partial(len)), repr(partial(len, [1, 2], k={'a': 1})))
rp = partial(len)
rp.__setstate__((rp, (), None, None))
print(repr(rp))
print(p.__reduce__()[0].__name__, p.__reduce__()[2][1:])
s = partial(len)
s.__setstate__((f, (1,), {'z': 0}, None))
print(s.func is f, s.args, s.keywords, s(2))
s.__setstate__((f, (), None, {'w': 1}))
print(s.keywords, s.__dict__, s.w)
show(lambda: s.__setstate__(1))
show(lambda: s.__setstate__((1, 2, 3, 4)))
show(lambda: s.__setstate__((f, 2, 3, 4)))
show(lambda: s.__setstate__((f, (), 3, None)))
show(lambda: partial())
show(lambda: partial(1))
show(lambda: partial(func=len))
show(lambda: setattr(p, 'func', 1))
show(lambda: setattr(p, 'args', 1))
show(lambda: delattr(p, 'keywords'))
show(lambda: partial(len, 1, 2)())
print(partial[int], partial.__doc__)

class P(partial):
    def __call__(self, *a, **k):
        return ('P', super().__call__(*a, **k))

pp = P(f, 1)
print(pp(2), repr(P(len, 1)), type(partial(pp, 3).func).__name__, partial(pp, 3)())

class Q(partial):
    pass

qq = Q(f, 1, x=1)
print(repr(Q(len, 1, x=1)), qq(2), partial(qq, 3).func is f, type(Q(qq)).__name__)
import sys
print(sorted(partial(f, 3, 1)()[0]), partial(sorted, key=lambda v: -v)([1, 3, 2]))
add = partial(lambda a, b: a + b, 10)
print([add(i) for i in range(3)], list(map(partial(pow, 2), range(5))))
