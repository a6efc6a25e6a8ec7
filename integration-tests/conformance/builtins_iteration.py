# all, any, iter (1 and 2 arguments), next, len, min, max, sorted.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, 0.0, '']), any([0, 'x']))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in range(3)))
show(all, 1)
show(any, 1, 2)
show(all, x=1)

print(len([1, 2, 3]), len('héllo'), len(()), len({1: 2}), len(range(10)), len({1, 2, 2}))
show(len, 1)
show(len)
show(len, x=1)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'), next(it, None))
show(next, it)
show(next, 1)
show(next)
show(next, it, 1, 2)
show(iter)
show(iter, 1)
show(iter, 1, 2)
show(iter, [], x=1)
print(list(iter('abc')), list(iter(iter([4, 5]))))

count = [0]


def counter():
    count[0] += 1
    return count[0]


ci = iter(counter, 4)
print(type(ci).__name__, iter(ci) is ci)
print(list(ci), next(ci, 'done'), list(ci))


def stopper():
    count[0] += 1
    if count[0] > 6:
        raise StopIteration
    return count[0]


print(list(iter(stopper, None)))

print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min(3, 1, 2), max('abc'), min((4, 5)))
print(max([3, 1, 2], key=lambda x: -x), min('b', 'a', 'C', key=str.lower), max([], default='empty'))
print(min([], default=None), max([1], default=0), max(1, 2.0), max(2.0, 2), min(2, 2.0), max([1, 1.0]))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min(1, 2, key=None), max(x * x for x in range(-3, 3)))
print(max([1, 3, 2, 3], key=lambda x: x // 2), min([3, 1, 4, 1], key=lambda x: 0))
show(max)
show(min)
show(max, 1)
show(max, [])
show(min, [], key=None)
show(min, [], default=3, x=2)
show(max, 1, 2, default=3)
show(max, 1, 2, key=3)
show(max, (1, 'a'))
show(min, 1, x=1)
show(max, x=1)

print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('hello'), sorted(()))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2], key=None, reverse=1))
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({3: 'x', 1: 'y'}), sorted(range(5), key=lambda x: -x), sorted([1.5, 1, True, 0]))
original = [2, 1]
print(sorted(original), original)
show(sorted)
show(sorted, 1)
show(sorted, [1], 1)
show(sorted, [1, 'a'])
show(sorted, [2, 1], key=1)
show(sorted, [1], cmp=1)
show(sorted, iterable=[1])
show(sorted, [3, 1], reverse='a')
show(sorted, [3, 1], reverse=None)
