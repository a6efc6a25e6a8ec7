# floor division, modulo, divmod and pow signs; three-argument pow; big-int exactness
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**30 + 7, 10**15), (-(10**30), 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b if abs(a) < 10**20 else "-")
for bad in [(1, 0), (0, 0)]:
    for op in ("//", "%", "divmod", "/"):
        try:
            if op == "//": bad[0] // bad[1]
            elif op == "%": bad[0] % bad[1]
            elif op == "divmod": divmod(*bad)
            else: bad[0] / bad[1]
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(2 ** 100, (-2) ** 63, 2 ** -2, (-2) ** -3, 0 ** 0, 10 ** 0)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, divmod(-7, 2.5), 2 ** 0.5 == 2 ** 0.5)
print((-8) ** (1 / 3) if False else "skip", type(2 ** -1).__name__, type(2 ** 2).__name__)
print(123456789 ** 5, (10 ** 50) // 3, (10 ** 50) % 97, -(10 ** 50) // 3)
print(True // 1, False % 5, divmod(True, 2))
