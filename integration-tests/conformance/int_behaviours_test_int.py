# behaviours named by CPython's test_int/test_long: int subclass results, long strings, str conversion limit, int(str) of huge, sign rules, comparisons with huge floats
class MyInt(int):
    pass
m = MyInt(5)
print(type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(int(m)).__name__, repr(m), m == 5, hash(m) == hash(5))
print(type(+m).__name__, type(m * 1).__name__, type(m // 1).__name__, int(MyInt("7")), MyInt("ff", 16))
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(int("1" * 4300) % 97, hex(10 ** 5000)[:12], len(bin(10 ** 5000)))
print(2 ** 1000 // 3 ** 500, (2 ** 1000) % (3 ** 200) % 1000, -(2 ** 200) // 7, (-(2 ** 200)) % 7)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 2 ** 1024 == float("inf"), (2 ** 53 + 1) == float(2 ** 53 + 1))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 1024) / (2 ** 1023), (10 ** 30) / (10 ** 10), (1) / (3 * 10 ** 300) if False else 1 / 3, 7 / 7, -0 == 0)
print(int(" 0b1010 ", 0), int("0x_ff", 16), int("1_2_3"), int("-0"), int("+0"), 0 == -0, str(-0))
for s in ["0x", "0b2", "09", "1 2", "++1", "0_", "٣"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(int.__new__(MyInt, 9), type(int.__new__(MyInt, 9)).__name__, (5).__class__, True.__class__)
print(sum(range(10 ** 5)) == (10 ** 5) * (10 ** 5 - 1) // 2, max(10 ** 20, 10 ** 20 + 1), sorted([10 ** 20, -(10 ** 20), 0]))
