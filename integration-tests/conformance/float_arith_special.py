# float arithmetic with inf/nan/-0.0, comparisons with ints, division and modulo signs, errors
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan], nan in [nan])
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
print(5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2, 5.5 // 2, -5.5 // 2, divmod(-5.5, 2))
print(1e308 + 1e308, -(1e308 * 10), 1e-323 / 2, 2.0 ** 1023 * 2 if False else 2.0 ** 1023)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5 + 0
except Exception as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10**400 > inf, -10**400 < -inf)
print(1 == 1.0, 1 < 1.5, 10**30 == 1e30, int(1e30) == 1e30, 0.1 + 0.2 == 0.3)
print(inf % 5 if False else "x", 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
print(max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), min(0.0, -0.0))
print(sum([0.1] * 10), 0.1 * 10, 3 * 0.1, 1.0 - 0.9)
print(pow(2.0, -1), pow(-2.0, 3), pow(0.0, 0), pow(inf, 0), pow(nan, 0), pow(1, nan))
