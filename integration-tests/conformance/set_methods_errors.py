# set/frozenset methods with non-set iterables, unhashable members, comparisons and their errors
s = {1, 2, 3}
print(s.issubset(range(5)), s.issuperset([1]), s.isdisjoint("ab"), s <= {1, 2, 3}, s < {1, 2, 3}, frozenset(s) == s, s != frozenset([1]))
print(s.union(), s.intersection(), s.difference(), type(frozenset(s).union([9])).__name__, type(s | frozenset()).__name__)
print(frozenset([1]) | {2}, {2} | frozenset([1]), frozenset("ab") & {"a"} == {"a"}, {1} ^ frozenset([2]))
print(set("aab") == {"a", "b"}, {frozenset({1})} == {frozenset({1})}, set() in [set()], {1: 2}.keys() & {1}, {1, 2} - {1: 0}.keys())
t = set(); t.add(()); t.add((1, (2,))); print(len(t), () in t, [] in [[]])
for bad in [lambda: {[]}, lambda: set([[1]]), lambda: s.add({}), lambda: s | [1], lambda: s < [1], lambda: s.remove(9),
            lambda: set().pop(), lambda: frozenset().add, lambda: s.update(1), lambda: {1} & 1, lambda: hash(set()),
            lambda: set(1, 2), lambda: s.issubset(1), lambda: [] in s, lambda: s.discard([])]:
    try:
        print(bad())
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
it = iter({1, 2})
s2 = {1, 2}
it2 = iter(s2)
next(it2)
s2.add(3)
try:
    next(it2)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(set()), repr(frozenset()), repr({frozenset()}), list(it), it.__length_hint__())
class S(set):
    pass
class F(frozenset):
    pass
print(S([3, 1]), F([3, 1]), S([1]) | {2}, type(S([1]) | {2}).__name__, type(F([1]).copy()).__name__, F() == frozenset())
