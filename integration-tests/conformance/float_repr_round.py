# float repr (shortest round-trip), str, round() with ties-to-even and ndigits, formatting extremes
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001, 1e22, 1e-7,
        5e-324, 1.7976931348623157e308, 2.5, -0.0, 100.0, 1.5e300 * 1.5e300, 3.14159, 1e100, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float("nan"), -float("inf"), float("-nan"))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e300, -2.5]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(1234.5678, -2), round(1234.5678, 2), round(0.5, 0), type(round(0.5)).__name__, type(round(0.5, 0)).__name__)
print(round(5e-324, 400), round(1e308, -308), round(123.456, 400))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(1e16 + 1, 2**53 + 1.0, 0.1 * 3, 1.1 * 1.1, 1e-320 / 10)
print(float(10**20), float(2**63), float(-2**63 + 1), 1e308 * 10, -1e308 * 10)
