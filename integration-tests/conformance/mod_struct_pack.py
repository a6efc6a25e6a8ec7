# struct: pack/unpack of every format code in every byte order, sizes, native alignment, repeat counts
import struct

codes = "bBhHiIlLqQnNefd?P"
for prefix in ["", "@", "=", "<", ">", "!"]:
    sizes = []
    for c in codes:
        try:
            sizes.append(f"{c}{struct.calcsize(prefix + c)}")
        except struct.error as e:
            sizes.append(f"{c}:{e}")
    print(repr(prefix), " ".join(sizes))

print(struct.calcsize("ci"), struct.calcsize("c0i"), struct.calcsize("bq"), struct.calcsize("hb"),
      struct.calcsize("be"), struct.calcsize("b?"), struct.calcsize("bP"), struct.calcsize("3s2p"),
      struct.calcsize("=ci"), struct.calcsize(" 2h\t3i\n"), struct.calcsize(""), struct.calcsize("<"))

values = {"b": -5, "B": 200, "h": -1234, "H": 54321, "i": -7, "I": 3000000000, "l": -2**31,
          "L": 2**32 - 1, "q": -2**63, "Q": 2**64 - 1, "n": -3, "N": 2**63, "?": True,
          "e": 1.5, "f": 0.25, "d": -2.5, "P": 4096}
for prefix in ["@", "<", ">"]:
    for c, v in values.items():
        fmt = prefix + c
        try:
            data = struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, "error:", e)
            continue
        print(fmt, data, struct.unpack(fmt, data))

print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("3s", bytearray(b"xy")))
print(struct.pack("5p", b"abcdefgh"), struct.pack("3p", b"a"), struct.unpack("5p", b"\x09abcd"), struct.unpack("4p", b"\x02abc"))
print(struct.pack("0p2x", b"a"), struct.pack("0s", b"x"), struct.unpack("0s", b""), struct.pack("300p", b"y" * 290)[:3])
print(struct.pack("bxi", 1, 2), struct.pack("3x"), struct.pack("c0i", b"a"), struct.pack("<bxh", 1, 2))
print(struct.pack(">4h", 1, 2, 3, 4), struct.unpack("<2H2b", b"\x01\x00\x02\x00\xff\x7f"))
print(struct.pack("?", []), struct.pack("?", "x"), struct.unpack("2?", b"\x00\x02"), struct.pack("<?", 0.0))
print(struct.pack("i", True), struct.pack(">q", False))
print(struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<l", b"\xff" * 4),
      struct.unpack("<L", b"\xff" * 4), struct.unpack("@L", b"\xff" * 8), struct.unpack("P", b"\xff" * 8))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack("b", Idx(5)), struct.pack(">Q", Idx(7)), struct.pack("d", Idx(5)), struct.pack("<f", Flt()))
print(struct.pack(b"<h", 1), struct.Struct(b"ii").format)
big = struct.pack(">bhiqBHIQ", -1, -2, -3, -4, 1, 2, 3, 4)
print(big, struct.unpack(">bhiqBHIQ", big))
