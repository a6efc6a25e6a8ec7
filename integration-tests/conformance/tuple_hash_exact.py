# exact hash values that do not depend on string hash randomisation: ints, floats, tuples of numbers, frozensets of ints, None-free
print(hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), (3,))), hash((1.5, -1)), hash((True, False)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2)])))
print(hash(-1), hash(-2), hash(2**61), hash(2**61 - 2), hash(-(2**61 - 1)), hash(1e20), hash(-1.5), hash(float(2**70)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(1 + 2j), hash(-1j), hash(complex(0.5, 0.5)))
