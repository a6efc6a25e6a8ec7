# bytes/bytearray constructors, repr escaping, indexing to ints, comparison, hashing and errors
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"y")), bytes(range(3)), bytes("é", "utf-8"), bytes(memoryview(b"mv")))
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray([1, 2]), bytearray("x", "ascii"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x00\x7f\x80\\"), repr(bytes(range(30, 40))))
b = b"abc"
print(b[0], b[-1], b[1:], b[::-1], list(b), b * 2, b + b"d", 98 in b, b"bc" in b, b"" in b, len(b))
print(b < b"abd", b == bytearray(b"abc"), b"a" == "a", hash(b"abc") == hash(b"abc"), sorted([b"b", b"a"]))
for call in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(1.5), lambda: b[10], lambda: hash(bytearray()),
             lambda: bytes(["a"]), lambda: 300 in b, lambda: "a" in b, lambda: bytes("x", "nope")]:
    try:
        call()
    except (ValueError, TypeError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
class Ix:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Ix()), bytes([Ix()]), type(bytes(B())).__name__)
print(bytes.__name__, type(b"").__name__, type(bytearray()).__name__, isinstance(b"", bytes), isinstance(bytearray(), bytes))
