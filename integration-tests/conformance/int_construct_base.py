# int() from strings in every base, underscores, whitespace, prefixes, and the ValueError messages
print(int("42"), int("  -42\n"), int("+7"), int("1_000_000"), int("0"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36))
print(int("0", 0), int("00", 0), int("1_0", 0), int("0_0", 0))
print(int(3.99), int(-3.99), int(True), int(1e20), int("١٢٣"))
for bad in ["", " ", "1__0", "_1", "1_", "0x", "12a", "1.5", "08"]:
    try:
        int(bad, 0 if bad == "08" else 10)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("10", 1), ("10", 37), ("10", -1)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
class I:
    def __int__(self):
        return 7
class X:
    def __index__(self):
        return 8
print(int(I()), int(X()))
print(int("-0x10", 16), int("0B11", 2), int("0O7", 8), int(x="5") if False else int("5", base=10))
print(int(), int("  1_2  "), int("1" * 30))
