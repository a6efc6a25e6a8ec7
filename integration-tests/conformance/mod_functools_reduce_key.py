# _functools.reduce and cmp_to_key
from _functools import reduce, cmp_to_key

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda a, b: a + b, 'abc'), reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: [b] + a, 'xyz', []))
show(lambda: reduce())
show(lambda: reduce(1))
show(lambda: reduce(lambda a, b: a + b, 1))
show(lambda: reduce(lambda a, b: a + b, []))
show(lambda: reduce(lambda a, b: a + b, [1], x=5))
show(lambda: reduce(lambda a, b: a + b, [1], 1, 2))
show(lambda: reduce(lambda a, b: a + b, [1, 'a']))

def cmp(a, b):
    return (a > b) - (a < b)

K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), sorted('banana', key=cmp_to_key(lambda a, b: cmp(b, a))))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(3), K(4) > K(1), K(1) >= K(4))
print(type(K).__name__, type(K(1)).__name__, type(K).__module__, K(5).obj, K.obj)
k = K(1)
k.obj = 7
print(k.obj, K(obj=3).obj, max([4, 9, 2], key=K), min('qwe', key=K))
show(lambda: K(1) < 2)
show(lambda: hash(K(1)))
show(lambda: K())
show(lambda: K(1, 2))
show(lambda: K(foo=1))
show(lambda: cmp_to_key())
show(lambda: cmp_to_key(mycmp=cmp)(1) < K(2))
show(lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2))
show(lambda: K < K)
