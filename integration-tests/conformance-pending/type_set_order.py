# The iteration order of sets follows CPython's hash table (small ints by value modulo the table
# size), not insertion order; repr and list() of a set show it.
print({2, 9}, {9, 2}, set([10, 1, 3]), list({5, 13, 1}), {"only"}, {(1, 2), (0,)} == {(0,), (1, 2)})
s = set()
for i in [40, 3, 17, 8, 1]:
    s.add(i)
print(s, sorted(s), frozenset([7, 33, 2]))
