# float methods: is_integer, conjugate, real/imag, arithmetic dunders, float() parsing and its errors
for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 3.0, 5e-324]:
    print(v, v.is_integer(), v.real, v.imag, v.conjugate())
print((7.5).__divmod__(2), (7.5).__mod__(-2), (7.5).__rfloordiv__(20), (2.0).__pow__(0.5), (3.0).__rpow__(2))
print((1.5).__int__(), (1.5).__float__(), (1.5).__abs__(), (-1.5).__neg__(), (1.5).__bool__(), (0.0).__bool__())
print((1.0).__eq__(1), (1.0).__lt__("x"), (1.5).__hash__() == hash(1.5))
print(float(), float("  1.5  "), float("1_0.5"), float("-Infinity"), float("nAn"), float(" 1e5"), float(True))
for bad in ["", "1..5", "1_", "abc", "0x10", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 3
print(float(F()), float(Ix()))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
