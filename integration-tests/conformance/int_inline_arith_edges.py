# Arithmetic at the edges of machine integers and of IEEE doubles: results must be exact.
big = 2 ** 63
m = big - 1
n = -big
print(m + 1, n - 1, m * 2, n * -1, n // -1, n % -1, -n)
print(m * m, (m + 1) * (n - 1), 3037000499 * 3037000499, 3037000500 * 3037000500)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, -1 << 64, 3 << 61, 5 >> 1, -5 >> 1, -5 >> 100, 5 >> 64)
print(12 & 10, 12 | 10, 12 ^ 10, -12 & 10, -12 | 10, -12 ^ 10)
print(1 / 3, 2 ** 53 / 3, (2 ** 53 + 1) / 3, (2 ** 60 + 1) / 7, -7 / 2, 10 / -4)
print(m / 1, n / 1, n / -1)
for a, b in [(1, 0), (0, 0), (5, 0)]:
    for op in ("//", "%", "/"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
x = 0.1 + 0.2
print(x, 0.1 * 3, 1.0 - 0.9, 1e308 * 10, -1e308 * 10, 2.0 / 3.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, 0.0 == -0.0, -0.0 + 0.0, -0.0 - 0.0)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
i = 0
t = 0
while i < 10:
    t += i * i
    t -= 1
    t *= 1
    t //= 1
    i += 1
print(t, i < 10 < 11, 1 < 2 < 3 > 2 >= 2 <= 2 == 2 != 3)
print(True + True, True * 3, False - 1, 1 + True, 2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62 - 1)
