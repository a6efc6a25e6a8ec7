# The builtin iterators pickle themselves by __reduce__ (the builtin iter or reversed, the sequence,
# the position) and move with __setstate__, clipped to the sequence; exhausted ones reduce to an
# iterator over an empty sequence. Dict and set iterators reduce to a list of what is left.


def name(f):
    return getattr(f, '__name__', f)


def show(label, it):
    r = it.__reduce__()
    print(label, type(it).__name__, name(r[0]), r[1:])


show('list', iter([1, 2, 3]))
it = iter([1, 2, 3]); next(it); show('list after next', it)
it.__setstate__(-5); show('list set -5', it)
it.__setstate__(50); show('list set 50', it); print(list(it)); show('list exhausted', it)
it = reversed([1, 2, 3]); next(it); show('reversed list', it)
it.__setstate__(-5); show('reversed list set -5', it)
it.__setstate__(50); show('reversed list set 50', it); print(list(it)); show('reversed list exhausted', it)
it = iter((1, 2, 3)); next(it); show('tuple', it); list(it); show('tuple exhausted', it)
d = {1: 'a', 2: 'b', 3: 'c'}
it = iter(d); next(it); show('dict keys', it)
it = iter(d.values()); next(it); show('dict values', it)
it = iter(d.items()); next(it); show('dict items', it)
it = reversed(d); next(it); show('reversed dict', it)
it = reversed(d.items()); show('reversed items', it)
it = iter({5}); show('set', it); next(it); show('set exhausted', it)
it = iter(frozenset([7])); show('frozenset', it)
it = iter(range(10)); next(it); show('range', it)
it.__setstate__(True); show('range set True', it)
it = reversed(range(10)); next(it); show('reversed range', it)
big = 10 ** 20
it = iter(range(big, big + 5)); next(it); show('longrange', it)
it.__setstate__(-1); show('longrange set -1', it)
it.__setstate__(99); show('longrange set 99', it); print(list(it))
it = iter('abc'); next(it); show('str', it); it.__setstate__(2); print(list(it)); show('str exhausted', it)
it = iter('a\u20ac\U0001f600b'); next(it); next(it); show('str non-ascii', it)
it.__setstate__(1); print(list(it))
it = iter(b'abc'); next(it); show('bytes', it); list(it); show('bytes exhausted', it)
it = iter(bytearray(b'xy')); show('bytearray', it)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

    def __repr__(self):
        return 'Seq()'


it = iter(Seq()); next(it); show('seq', it)
it.__setstate__(-3); show('seq set -3', it); it.__setstate__(30); show('seq set 30', it); print(list(it))
show('seq exhausted', it)
it = iter(int, 1); show('callable', it)
it = enumerate('ab', 5); next(it); r = it.__reduce__(); print('enumerate', name(r[0]), list(r[1][0]), r[1][1])
it = zip('ab', 'cd', strict=True); r = it.__reduce__(); print('zip', name(r[0]), len(r[1]), r[2:])
it = map(abs, [-1]); r = it.__reduce__(); print('map', name(r[0]), name(r[1][0]), list(r[1][1]))
it = filter(None, [0, 1]); r = it.__reduce__(); print('filter', name(r[0]), r[1][0], list(r[1][1]))
for bad in ['a', None, 1.5]:
    try:
        iter([]).__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    iter(range(3)).__setstate__(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    iter([]).__setstate__(10 ** 30)
except OverflowError as e:
    print('OverflowError', e)
try:
    iter([]).__reduce__(1)
except TypeError as e:
    print('TypeError', e)
try:
    iter([]).__setstate__()
except TypeError as e:
    print('TypeError', e)
print(type(iter([])).__reduce__.__doc__)
print(type(iter([])).__setstate__.__doc__)
print(hasattr(iter({}), '__setstate__'), hasattr(iter(memoryview(b'')), '__reduce__'))
try:
    d2 = {1: 2}
    it = iter(d2)
    d2[3] = 4
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
