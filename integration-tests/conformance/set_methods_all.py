# set and frozenset: every method, operators, in-place forms, comparisons, errors
a, b = {1, 2, 3}, {3, 4}
S = sorted
print(S(a | b), S(a & b), S(a - b), S(a ^ b), S(a.union([5], (6,))), S(a.intersection(range(3))), S(a.difference([1], [2])), S(a.symmetric_difference([3, 9])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint(b), {9}.isdisjoint(a))
s = set(); s.add(1); s.add(1); s.update([2, 3], {4}); s.discard(9); s.remove(4); print(S(s))
print(s.pop() in {1, 2, 3}, len(s))
try:
    set().remove(1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
x = {1, 2, 3, 4}
x &= {1, 2, 3}; print(S(x))
x |= {10}; print(S(x))
x -= {1}; print(S(x))
x ^= {2, 20}; print(S(x))
y = {1, 2, 3}; y.intersection_update([1, 2], [2]); print(S(y))
y = {1, 2, 3}; y.difference_update([1], [2]); print(S(y))
y = {1, 2, 3}; y.symmetric_difference_update([3, 4]); print(S(y))
c = y.copy(); c.clear(); print(c, S(y))
f = frozenset([1, 2])
print(f, S(f | {3}), S({3} | f), type(f | {3}).__name__, type({3} | f).__name__, f.copy() is f, hash(f) == hash(frozenset([2, 1])))
print(frozenset(), set(), repr(frozenset({1})), {frozenset(): 1}, {1, 2} == frozenset([1, 2]))
for call in [lambda: {[]}, lambda: a | [1], lambda: a < [1], lambda: f.add(1), lambda: set(1), lambda: {1}.update(1), lambda: {{1}}]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(set("abc") == {"a", "b", "c"}, sorted(set("hello")), {1, 1.0, True}, len({0, 0.0, False, -0.0}))
print(S({x % 3 for x in range(10)}), S(set(range(5)) - set(range(2, 10))))
print(set.__name__, type(set()).__name__, {1}.__contains__(1), {1}.__len__(), set([1]).__and__({1}))
