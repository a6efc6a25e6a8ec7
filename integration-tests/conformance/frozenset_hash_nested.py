# A frozenset caches its hash: nested frozensets (the von Neumann naturals, where each contains
# all the ones before it) hash in linear time, and their hashes spread well.
import itertools


def zf_range(n):
    nums = [frozenset()]
    for i in range(n - 1):
        nums.append(frozenset(nums))
    return nums[:n]


def powerset(s):
    for i in range(len(s) + 1):
        yield from map(frozenset, itertools.combinations(s, i))


nums = zf_range(40)
print(len(nums[-1]), hash(nums[-1]) == hash(frozenset(nums[:-1])))
print(len({hash(x) for x in nums}))
for n in range(14):
    t = 2 ** n
    mask = t - 1
    for make in (range, zf_range):
        u = len({h & mask for h in map(hash, powerset(make(n)))})
        assert 4 * u > t, (n, make, u, t)
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1]): 0})
