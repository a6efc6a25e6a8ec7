# bytes()/bytearray()/str() constructors and conversions, memoryview basics
class HasBytes:
    def __bytes__(self):
        return b"hb"
class HasIndex:
    def __index__(self):
        return 3
print(bytes(3), bytes([65, 66]), bytes((x for x in [67])), bytes("é", "utf-8"), bytes(HasBytes()), bytes(bytearray(b"q")), bytes(memoryview(b"mv")))
print(bytes(HasIndex()), bytearray(HasIndex()), bytes("abc", encoding="ascii"), bytes(b"x", ), str(b"ab"), str(b"ab", "ascii"), str(bytearray(b"c"), errors="strict"))
m = memoryview(b"abcdef")
print(m[1], m[1:3].tobytes(), m.tolist()[:3], len(m), m.readonly, m.nbytes, m.format, m.itemsize, bytes(m[::2]), m == b"abcdef", m.hex())
ba = bytearray(b"xyz"); mv = memoryview(ba); mv[0] = 65; print(ba, mv.tobytes(), mv.readonly)
print(b"a" < b"b", b"ab" < b"a", bytearray(b"a") == b"a", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"%b" % b"x", b"abc"[-1], b"abc"[::-1])
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(1.5), lambda: bytes(b"x", "ascii"),
            lambda: bytes("x", "nope"), lambda: str(b"\xff", "ascii"), lambda: memoryview("x"), lambda: m.__setitem__(0, 1), lambda: bytes([-1])]:
    try:
        print(bad())
    except (ValueError, TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
