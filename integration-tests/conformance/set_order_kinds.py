# set iteration order for floats, tuples of ints, None/True/False, negative and huge ints, and frozensets
print({1.5, 2.5, 0.5, -1.0, 3.0}, {(1, 2), (3, 4), (0, 0), (5,)}, {True, False, 0, 1, 2})
print({2**62, 2**61, 2**61 - 1, -2**61, 2**64, -1, -2}, {0.1, 0.2, 0.3, 1e100, float("inf")})
print(frozenset({7, 15, 23, 31}), frozenset([31, 23, 15, 7]), frozenset(range(10, 0, -1)))
print({(i, i + 1) for i in range(12)}, {i / 4 for i in range(-8, 8)})
print(set(range(100, 0, -7)), set(range(-50, 50, 9)), set([x * x for x in range(20)]))
print({frozenset({1, 2}), frozenset({3}), frozenset()})
print(set({5: 1, 13: 2, 21: 3, 29: 4, 37: 5, 45: 6}), set({5: 1, 13: 2}.keys()), set({8: 0, 16: 0}.values()))
s = {1.0, 1, True}
print(s, {1, 1.0}, {True, 1}, {0, False, 0.0, -0.0})
