# int arithmetic corner cases: floor division and modulo with negative operands, big ints, shifts,
# true division results, bool arithmetic, bitwise on negatives.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 1)]:
    print(a, b, a // b, a % b, a / b, divmod(a, b))
print(2 ** 64, -(2 ** 64), 2 ** 64 // 3, 2 ** 64 % 1000, 10 ** 30 // 10 ** 29, (2 ** 100) / 2 ** 99)
print(1 << 70, (1 << 70) >> 69, -1 >> 5, -16 >> 2, 5 >> 10, 0 << 100, 3 << 0)
print(-5 & 3, -5 | 3, -5 ^ 3, ~5, ~-1, 6 & -6, 2 ** 70 & (2 ** 70 - 1), 2 ** 70 | 1)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True & 1, True | False, type(True & False).__name__)
print(10 / 4, 10 / 5, type(10 / 5).__name__, 7 // 1.5, 7 % 1.5, -7 % 1.5, 2 ** -1, 0 ** 0, (-1) ** 0.0)
print(9999999999999999 + 1, 2 ** 63 - 1 + 1, -(2 ** 63) - 1, abs(-(2 ** 63)), 12345678901234567890 * 98765432109876543210)
print(int(1e18), int(-1e18), int(2 ** 53 + 1.0), 2 ** 53 + 1 == 2 ** 53 + 1.0, 10 ** 20 == 1e20, 10 ** 16 + 1 > 1e16)
for src in ["1 << -1", "1 >> -1", "2 ** 10000 * 1.0", "10 ** 400 / 1", "1 / 0", "5 % 0", "2 ** (2 ** 100) if False else 1 << 2 ** 70"]:
    try:
        print(eval(src))
    except (ValueError, OverflowError, ZeroDivisionError, MemoryError) as e:
        print(src, "->", type(e).__name__, e)
print(int.__add__(1, 2), (5).__mod__(3), (5).__rmod__(3), (-3).__floordiv__(2))
