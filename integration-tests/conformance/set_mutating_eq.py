# A key's __eq__ that empties or changes the set or dict being searched does not break the lookup:
# the search starts again on the changed table (CPython's bpo-46615 regression tests).
import random

random.seed(7)


def bad_sets(make1, make2):
    enabled = False

    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if random.randrange(20) == 0:
                set1.clear()
            if random.randrange(20) == 0:
                set2.clear()
            return bool(random.randrange(2))

        def __hash__(self):
            return random.randrange(2)

    set1 = make1(Bad() for _ in range(random.randrange(50)))
    set2 = make2(Bad() for _ in range(random.randrange(50)))
    enabled = True
    return set1, set2


ops = {
    '==': lambda a, b: a == b, '<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '&': lambda a, b: a & b, '-': lambda a, b: a - b, '^': lambda a, b: a ^ b, '|': lambda a, b: a | b,
    'intersection': lambda a, b: a.intersection(b), 'difference_update': lambda a, b: a.difference_update(b),
    'symmetric_difference_update': lambda a, b: a.symmetric_difference_update(b),
    'issubset': lambda a, b: a.issubset(b), 'isdisjoint': lambda a, b: a.isdisjoint(b),
    'intersection_update': lambda a, b: a.intersection_update(b), 'in': lambda a, b: [x in a for x in b],
}
for name, op in ops.items():
    outcomes = set()
    for _ in range(60):
        s1, s2 = bad_sets(set, set)
        try:
            op(s1, s2)
            outcomes.add('ok')
        except RuntimeError as e:
            outcomes.add(str(e))
    print(name, sorted(outcomes)[0] == 'ok' or sorted(outcomes))


class Clearing:
    enabled = False

    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if Clearing.enabled:
            self.d.clear()
        return False


def filled(d):
    Clearing.enabled = False
    for i in range(12):
        d[Clearing(d)] = i
    Clearing.enabled = True
    return d


d = filled({})
print(len(d), Clearing(d) in d, len(d))
d = filled({})
print(d.pop(Clearing(d), 'absent'), len(d))
d = filled({})
d[Clearing(d)] = 'new'
print(len(d), list(d.values()))
s = set()
Clearing.enabled = False
s.update(Clearing(s) for i in range(12))
Clearing.enabled = True
print(len(s), Clearing(s) in s, len(s))
s.add(Clearing(s))
print(len(s))
