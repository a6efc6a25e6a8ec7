# struct: half ('e'), single ('f') and double ('d') floats: rounding, specials, overflow
import math
import struct

for x in [0.0, -0.0, 1.0, 1.5, 0.1, 1/3, 2049.0, 2051.0, 65504.0, 65519.99, 2**-14, 2**-15, 2**-24,
          2**-25, 3 * 2**-26, 1e-10, -1e-10, float("inf"), float("-inf")]:
    data = struct.pack("<e", x)
    print(repr(x), data, struct.unpack("<e", data), struct.pack(">e", x))
for bits in [0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x8001, 0xfc00, 0x7c00, 0x7c01, 0x7e00, 0xfe00]:
    (v,) = struct.unpack("<e", bits.to_bytes(2, "little"))
    print(hex(bits), v, math.copysign(1.0, v))
print(struct.pack("<e", float("nan")), struct.pack("<e", -float("nan")))

for x in [65520.0, 1e6, -70000.0]:
    try:
        struct.pack("e", x)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    struct.pack("e", 10**6)
except struct.error as e:
    print("struct.error:", e)

for x in [1.1, 3.4028234663852886e38, 1e-46, -0.0, float("inf")]:
    print(repr(x), struct.pack("<f", x), struct.pack(">f", x), struct.unpack("<f", struct.pack("<f", x)))
print(struct.pack("f", 1e300), struct.pack("f", 10**300))
for fmt, v in [("<f", 1e300), (">f", 3.4028235677973366e38), ("<f", 10**300), ("d", 10**400), ("f", "x"), ("d", None)]:
    try:
        print(struct.pack(fmt, v))
    except (OverflowError, struct.error) as e:
        print(type(e).__name__, e)

print(struct.pack("<d", 1.1), struct.pack(">d", -0.0), struct.pack("<d", float("inf")))
print(struct.unpack(">d", b"\x7f\xf0\x00\x00\x00\x00\x00\x01"), struct.unpack("<f", b"\x01\x00\xc0\x7f"))
print(struct.pack("<f", struct.unpack("<f", b"\x01\x00\xc0\x7f")[0]))
print(struct.unpack("<d", struct.pack("<d", math.pi)), struct.unpack("<f", struct.pack("<f", math.pi)))
