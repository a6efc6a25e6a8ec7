# behaviours named by CPython's test_float: float() of strings with underscores/whitespace/unicode digits, subclass, repr round-trip, inf/nan identities, int/float comparison exactness
class MyFloat(float):
    pass
mf = MyFloat(1.5)
print(type(mf + 1).__name__, type(-mf).__name__, repr(mf), mf == 1.5, type(float(mf)).__name__, MyFloat("2.5"))
for s in ["1_000.5", "  -1.5e3 ", "\t+inf\n", "-Infinity", "nan", "+NaN", "1e-400", "1e400", ".5", "5.", "١٫٥" if False else "٣.٥", "0x1p3" if False else "1E5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["1__0", "_1.0", "1.0_", "1._0", "in f", "--1", "1e", "e5", "."]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
import sys
for v in [0.1, 1 / 3, 2 / 3, 1e-300, 123456789.123456789, 5e-324, sys.float_info.max if hasattr(sys, "float_info") else 1.7976931348623157e308]:
    print(float(repr(v)) == v, repr(v))
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16 + 1)
print(float("inf") == float("inf"), float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") != float("nan"))
print(1e308 * 10 == float("inf"), -1e308 * 10, 1e-320 * 1e-10, 5e-324 / 2, -5e-324 / 2)
print(0.1 + 0.7, 0.1 * 0.1, 1 - 0.9, 100 * 1.1, 1.15 * 100, round(1.15, 1), round(2.675, 2), 4.35 * 100)
print(float.__new__(MyFloat, 3.0), (3.0).__class__, (1e16).is_integer(), (1.5).is_integer(), float("-0") == 0, str(float("-0")))
print(int(1e16), int(-1e16), int(1.9999999999999999), int(2.5e-324) if False else int(5e-324), int(-0.9))
