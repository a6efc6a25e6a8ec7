# collections.deque: operators, comparisons, iteration, reduce, subclasses
from _collections import deque

a = deque([1, 2, 3])
b = deque([4, 5], maxlen=3)
print(a + b, b + a, (b + a).maxlen)
print(a * 2, 2 * a, a * 0, a * -1, b * 2, (b * 2).maxlen)
c = deque([1, 2])
c += [3, 4]
print(c)
c += 'ab'
print(c)
c *= 2
print(c)
c *= 0
print(c)
m = deque([1, 2], maxlen=5)
m *= 3
print(m)
m += m
print(m)
print(2 in a, 7 in a, 'x' not in a)
print(a == deque([1, 2, 3]), a != deque([1, 2, 3]), a == [1, 2, 3], a != [1, 2, 3])
print(a < deque([1, 2, 4]), a <= deque([1, 2]), a > deque([1, 2]), a >= deque([1, 2, 3]))
print(deque() < deque([0]), deque([1]) > deque(), deque([2]) > deque([1, 5]))
print(deque([1, 2], maxlen=2) == deque([1, 2]))
print(a[0], a[-1], a[1], a[True])
a[0] = 'x'
a[-1] = 'z'
print(a)
del a[1]
print(a)
it = iter(deque([1, 2, 3]))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(deque([1, 2, 3]))
print(type(rv).__name__, rv.__length_hint__(), next(rv), list(rv))
d = deque([1, 2, 3])
it = iter(d)
next(it)
print(it.__reduce__()[1][1], type(it.__reduce__()[0]).__name__)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d)
d.rotate(0)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d)
d[0] = 10
d.reverse()
print(list(it))
rv = reversed(d)
d.popleft()
try:
    list(rv)
except RuntimeError as e:
    print('RuntimeError', e)
for x in deque('ab'):
    print(x)
print(deque([1, 2], 3).__reduce__()[:3], deque([1]).__reduce__()[:3])
print(list(deque([1, 2], 3).__reduce__()[3]))
print(deque[int], deque[int, str])

class D(deque):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag

e = D([1, 2], 4, tag='t')
e.append(3)
print(e, e.tag, type(e).__name__, isinstance(e, deque), e.maxlen)
print(type(e.copy()).__name__, e.copy(), type(e + deque([9])).__name__)
print(e.__reduce__()[0].__name__, e.__reduce__()[1:3])

class Plain(deque):
    pass

p = Plain('xyz')
print(p, repr(p), p == deque('xyz'), type(p * 2).__name__)
p.attr = 1
print(p.__dict__, p.__reduce__()[2])
print(len(Plain()), bool(Plain([0])))
class Counted:
    calls = 0
    def __eq__(self, other):
        Counted.calls += 1
        return False
x = deque([Counted(), Counted(), 1])
print(1 in x, x.count(1), x.index(1), Counted.calls)
