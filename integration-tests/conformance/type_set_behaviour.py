# What CPython's test_set checks of set and frozenset: construction, the operators and methods with
# their in-place forms, comparisons, hashing of frozensets, sets as members, errors, mutation
# during iteration, repr.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


s = {1, 2, 3}
fs = frozenset([2, 3, 4])
for src in ['set()', 'set("abca") == set("abc")', 'set([1, 1, 2])', 'set(5)', 'set([[]])', 'set(iterable=[])',
            'frozenset()', 'frozenset() is frozenset()', 'frozenset(fs) is fs', 'len(s)', '2 in s', 'set() in {frozenset()}',
            '{frozenset([1])} == {frozenset([1])}', 'frozenset([1]) in {frozenset([1])}', 'set([1]) in {frozenset([1])}',
            '[] in s', 'sorted(s | fs)', 'sorted(s & fs)', 'sorted(s - fs)', 'sorted(s ^ fs)', 'type(fs | s)',
            'type(s | fs)', 's | [1]', 'sorted(s.union([9], (8,)))', 'sorted(s.intersection(fs, [3]))',
            'sorted(s.difference([1], [2]))', 'sorted(s.symmetric_difference([1, 9]))', 's.isdisjoint([9])',
            's.isdisjoint(fs)', 's.issubset(range(5))', 's.issuperset([1])', '{1} < {1, 2}', '{1, 2} <= {1, 2}',
            '{1, 2} > {1}', '{1} >= {2}', '{1} == frozenset([1])', '{1} < [1, 2]', 's == [1, 2, 3]',
            'hash(frozenset([1, 2])) == hash(frozenset([2, 1]))', 'hash(frozenset())', 'hash(set())',
            '{1, 2}.pop() in {1, 2}', 'set().pop()', '{1}.remove(2)', '{1}.remove((1, 2))', '{1}.discard(2)',
            '{frozenset([1])}.remove({1})', 'repr(set())', 'repr(frozenset())', 'repr({1})', 'repr(frozenset([1]))',
            'set.union()', 'set().union()', 'frozenset([1]).copy()', 'sorted({1, 2}.copy())', 'set("ab") - "a"']:
    t(src)
u = {1, 2}
u |= {3}
u &= {1, 3, 4}
u -= {9}
u ^= {5}
print(sorted(u))
u.update([7], (8,))
u.intersection_update([1, 5, 7, 8, 9])
u.difference_update([9], [1])
u.symmetric_difference_update([5, 6])
u.add(0)
print(sorted(u), u.clear(), u)
w = {1, 2}
w |= w
w &= w
print(sorted(w))
w -= w
print(w)
f2 = fs
f2 |= {9}
print(sorted(f2), sorted(fs), f2 is fs)
m = {1, 2, 3}
try:
    for x in m:
        m.add(x + 10)
except RuntimeError as err:
    print(type(err).__name__, err)


class BadCmp:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("cmp")


try:
    {BadCmp(), BadCmp()}
except RuntimeError as err:
    print("badcmp", err)


class Sub(set):
    pass


class FSub(frozenset):
    pass


print(type(Sub([1]) | {2}).__name__, type(FSub([1]) | {2}).__name__, repr(Sub([1])), repr(FSub()))
print(Sub([1]) == {1}, FSub([1]) == frozenset([1]), sorted(frozenset([3, 1]) | set()))
try:
    set([1]).__init__(1, 2)
except TypeError as err:
    print(type(err).__name__, err)
