# set and frozenset: methods, operators, comparisons, errors (ints only so the order is fixed).
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, 1 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([5], (6,))), sorted(a.intersection(range(3))), sorted(a.difference({1})), sorted(a.symmetric_difference([1, 9])))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), a <= a, a < a, {1} < a, a > {1, 2})
c = a.copy()
c.update([7, 8], {9})
c.intersection_update(range(8))
c.difference_update({1})
c.symmetric_difference_update({2, 100})
print(sorted(c))
p = {5}
print(p.pop(), p)
f = frozenset([1, 2])
print(sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, hash(f) == hash(frozenset([2, 1])))
print({frozenset([1]): "x"}[frozenset([1])], set(), frozenset(), set("aa") == {"a"}, len(set(range(100))))
for src in ["set().pop()", "{1}.remove(2)", "{[1]}", "set(5)", "{1} | [2]", "frozenset([1]).add(2)",
            "{1} < [1]", "{1}.add([])"]:
    try:
        eval(src)
    except (TypeError, KeyError, AttributeError) as e:
        print(src, "->", type(e).__name__, e)
print({1, 2} == {2, 1}, {1} != {1.0}, {0} == {False}, sorted({-1, -2, 5, 0}))
