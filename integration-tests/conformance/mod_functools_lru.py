# _functools._lru_cache_wrapper: bounded, unbounded and disabled caches, typed keys, info and clear
from _functools import _lru_cache_wrapper

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

def info(*a):
    return a

calls = []

def square(x, *, k=0):
    calls.append(x)
    return x * x + k

w = _lru_cache_wrapper(square, 2, False, info)
print(w(2), w(2), w(3), w(2), w(4), w(3), calls, w.cache_info())
print(w(2), calls[-1], w.cache_info())
print(w(2, k=1), w(2, k=1), w.cache_info())
w.cache_clear()
print(w.cache_info(), w(5), w.cache_info())
calls.clear()
u = _lru_cache_wrapper(square, None, False, info)
print([u(i % 3) for i in range(9)], calls, u.cache_info())
print(u(1.0), u(True), calls, u.cache_info())
t = _lru_cache_wrapper(square, 10, True, info)
print(t(1), t(1.0), t(True), t(1), t.cache_info())
z = _lru_cache_wrapper(square, 0, False, info)
print(z(3), z(3), z.cache_info())
n = _lru_cache_wrapper(square, -5, False, info)
print(n(1), n(1), n.cache_info())

def fib(k):
    return k if k < 2 else fibc(k - 1) + fibc(k - 2)

fibc = _lru_cache_wrapper(fib, None, False, info)
print(fibc(80), fibc.cache_info())
print(type(w).__name__, type(w).__module__, w.__copy__() is w, w.__deepcopy__({}) is w)
w.__qualname__ = 'square'
w.__wrapped__ = square
print(w.__reduce__(), w.__wrapped__ is square, sorted(w.__dict__))

class C:
    def __init__(self, v):
        self.v = v
    def m(self, x):
        return self.v + x
    m = _lru_cache_wrapper(m, 8, False, info)

c = C(10)
print(c.m(1), c.m(1), C.m.cache_info(), C.m(c, 1), type(C.__dict__['m']).__name__)
show(lambda: _lru_cache_wrapper())
show(lambda: _lru_cache_wrapper(len, 'a', False, None))
show(lambda: _lru_cache_wrapper(1, 1, False, None))
show(lambda: _lru_cache_wrapper(len, 2, False))
show(lambda: u([1]))
show(lambda: w.cache_info(1))
print(_lru_cache_wrapper.__doc__)
