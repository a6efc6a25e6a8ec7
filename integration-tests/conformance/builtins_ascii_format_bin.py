# ascii(), bin/oct/hex with __index__, format() defaults, repr vs ascii of non-ASCII text and containers
print(ascii("café"), ascii("😀"), ascii(["é", 1]), ascii({"ключ": "v"}), ascii(b"\xff"), ascii(1.5), ascii("\n\x00"))
class Ix:
    def __index__(self):
        return 10
print(bin(Ix()), oct(Ix()), hex(Ix()), bin(0), oct(-8), hex(255), hex(-1), bin(True))
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(format(12), format("s"), format(1.5), format([1]), format(None), format(3, "b"), format(1e10, ","))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("é"), repr("\u0301"), repr("\u200f"), repr("\U0010ffff"), repr("\ud800"), ascii("\ud800"))
print(chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"), len("\U0010ffff"))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
