# behaviours named by CPython's test_set: frozenset of sets rejected, hash of frozenset order-independent, recursive structures, __eq__ errors, subclasses
print(frozenset([frozenset([1]), frozenset()]) == frozenset([frozenset(), frozenset([1])]))
try:
    {set()}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset("abc")) == hash(frozenset("cba")), frozenset() is frozenset() or True)
s = {1, 2}
print(s.__contains__(1), set.__contains__(s, 3))
print({frozenset([1, 2])} == {frozenset([2, 1])}, {1, 2} in [{2, 1}], frozenset([1]) in {frozenset([1]): 0})
print(set([1]) in [frozenset([1])])
try:
    print({1} in {frozenset([1])})
except TypeError as e:
    print(type(e).__name__, e)
class S(set):
    pass
class F(frozenset):
    pass
x = S([1, 2])
print(type(x | {3}).__name__, type(x.copy()).__name__, type(F([1]) | {2}).__name__, repr(S()), repr(F([1])), repr(S([1])))
print(x == {1, 2}, x <= {1, 2, 3}, F([1]) == frozenset([1]), hash(F([1])) == hash(frozenset([1])))
class Eh:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        raise ValueError("eq boom")
st = {Eh()}
try:
    Eh() in st
except ValueError as e:
    print(type(e).__name__, e)
u = set()
for i in range(1000):
    u.add(i)
for i in range(0, 1000, 3):
    u.discard(i)
print(len(u), min(u), max(u), sum(u))
print(set().union(*[[1], [2]]) == {1, 2}, set.intersection({1, 2}, [2]), frozenset.union(frozenset([1]), [2]) == {1, 2})
print(sorted({"b", "a"} | {"c"}), sorted({"x"} ^ {"x", "y"}), {1, 2}.issubset([1, 2]), {1}.issuperset(x for x in [1]))
e = set()
e |= set()
print(e, frozenset(), set(frozenset([1])), frozenset(set([2])))
