# hash equality across int, float, bool, complex and fractions-like values; special values; dict keys merge
vals = [0, 1, -1, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, 0.5, -0.5, 1.5, 1e100, 2.0**70]
for v in vals:
    print(v, hash(v) == hash(float(v)) if abs(v) < 1e300 else "-", hash(v) == hash(complex(v, 0)))
print(hash(0) == hash(0.0) == hash(False) == hash(0j) == hash(-0.0), hash(1) == hash(True) == hash(1.0))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(0.5), hash(-0.5), hash(1.5))
print(hash(float("inf")), hash(float("-inf")), hash(1e100), hash(2.0**70), hash(0.1), hash(1j), hash(complex(1, 1)))
print(hash(2**64 + 1), hash(-(10**20)), hash(123456789123456789))
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"; d[1 + 0j] = "complex"
print(d, len({0, 0.0, False, 0j, -0.0}), len({2**61, 2**61 + 0.0}))
print({1.5: "a"}[1.5], {2**70: "x"}[2.0**70], 1 in {1.0}, 1.0 in {True}, 2 in {2 + 0j})
class Big:
    def __hash__(self):
        return 2**64 + 5
print(hash(Big()) == hash(2**64 + 5))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o):
        return False
print(EqOnly.__hash__)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
