# int(s, base) with base given via __index__, bool and keyword; str/bytes/bytearray inputs; base 0 prefix rules with underscores
class B:
    def __index__(self):
        return 16
print(int("ff", B()), int("11", True + True), int("z", base=36), int("101", 2))
for s, b in [("0b_1", 0), ("0_b1", 0), ("0x_", 0), ("0xg", 16), ("1e3", 10), ("٠x10", 0), ("0O17", 0), ("+0x10", 0), ("- 1", 10), ("1 ", 2)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
try:
    int("10", B)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("10", 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int("  \t+12_3\n "), int("-" + "9" * 50) // 10**49, int("Ⅻ".isdigit() and "1" or "0"))
