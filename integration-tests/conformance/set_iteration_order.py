# iteration order of sets of small ints follows CPython's hash table layout (hash(i) == i, table size, probing)
print({9, 2, 1}, {10, 1, 2, 3}, {3, 20, 10}, {100, 5, 37}, {64, 0, 32, 8})
s = set()
for i in (40, 8, 16, 1):
    s.add(i)
print(s, list(s), [x for x in {31, 7, 63}])
print({1, 2, 3} | {9}, {-1, -2, 5}, frozenset({17, 1, 33}))
