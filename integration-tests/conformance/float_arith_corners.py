# float arithmetic: representation, inf/nan propagation and comparisons, rounding artefacts, mixed
# int/float comparisons, negative zero, conversion errors.
inf, nan = float("inf"), float("nan")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 1 / 3 * 3, 2 ** 0.5, 10 / 3, -10 / 3, 1e308 * 10, -1e308 * 10)
print(inf - inf, inf * 0, nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == inf)
print([nan] == [nan], nan in [nan], min(1.0, nan), max(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(-0.0, 0.0 == -0.0, str(-0.0), 1 / inf, -1 / inf, 5 % inf, -5 % inf, 5 // inf, -5.0 // inf)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 2.0 ** 10, 4 ** 0.5, (-8.0) ** 2)
print(float("1e5"), float(" 1.5 "), float("-inf"), float("nan"), float("1_0.5"), float(3), float(True), float("1e-400"))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 0.5 < 1, 3 > 2.9999999999999999, hash(0.5) == hash(0.5))
print(1e16, 1e15, 123456789.123456789, 0.000001, 0.0000001, 1.5e300 * 1.5e10, 3.0 * 1.1, 100.0 / 3)
print(round(2.5), int(2.9), int(-2.9), float.__add__(1.0, 2.0), (2.5).__floor__() if hasattr(2.5, "__floor__") else 2)
for src in ["float('x')", "float('')", "1.0 / 0", "1.0 // 0", "1.0 % 0", "float([])", "10.0 ** 400", "int(inf)",
            "int(nan)", "float(10 ** 400)"]:
    try:
        print(src, "->", eval(src))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(src, "->", type(e).__name__, e)
