# range: len, index, count, contains, slicing, reversed, equality, repr, attributes, big values, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[1:3], r[::-1], r[::2], list(r[::-2]))
print(5 in r, 6 in r, 5.0 in r, "x" in r, r.index(8), r.count(8), r.count(9), r.count(8.0))
print(range(0), range(5), range(1, 5), range(5, 1, -1), list(range(5, 1, -1)), list(range(0, -10, -4)), len(range(10, 0)))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2, 3) == range(1, 3, 5), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(1, 10, 4))), sorted(range(3), reverse=True))
big = range(10**20, 10**20 + 5)
print(big[2], len(big), 10**20 + 4 in big, big.index(10**20 + 1), big[-1], range(-10**20, 10**20, 10**19)[3])
for call in [lambda: range(1, 2, 0), lambda: r[100], lambda: r.index(9), lambda: range(1.5), lambda: range(), lambda: len(range(10**30)),
             lambda: range(1, 2, 3, 4), lambda: r["a"]]:
    try:
        call()
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(range(10)[-3:], range(10)[3:-3:2], range(10)[100:], range(10)[::-3], range(0, 10, 3)[1:][1:])
print(bool(range(0)), bool(range(1)), type(range(3)).__name__, iter(range(3)).__class__.__name__)
it = iter(range(3)); next(it)
print(list(it), list(it))
class Ix:
    def __index__(self):
        return 4
print(range(Ix()), range(Ix())[Ix() - 1] if False else range(Ix())[True], list(range(True, 3)))
print(min(range(5, 0, -1)), max(range(5)), sum(range(101)), list(enumerate(range(3), 1)))
