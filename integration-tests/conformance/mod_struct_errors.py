# struct: CPython's exception types and messages for bad formats, values, arguments and buffers
import struct
import sys

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

for prefix in ["", "<", ">"]:
    for c in "bBhHiIlLqQ":
        for v in [-1, 256, 70000, 2**40, 2**63, -2**63 - 1, 2**64, 1.5, "1", None]:
            print(prefix + c, v, end=" ")
            t(struct.pack, prefix + c, v)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class BadIdx:
    def __index__(self):
        raise ValueError("no index")

for fmt, v in [("i", Idx("x")), ("i", BadIdx()), ("f", BadIdx()), (">q", Idx(2**64)), (">Q", Idx(-1)),
               ("P", Idx(2**64)), ("P", Idx(-2**64)), ("P", -1), ("P", 2**64), ("P", -2**63 - 1), ("i", Idx(2**64))]:
    t(struct.pack, fmt, v)
t(struct.pack, "c", b"ab"); t(struct.pack, "c", bytearray(b"a")); t(struct.pack, "c", "a")
t(struct.pack, "s", "a"); t(struct.pack, "p", 1); t(struct.pack, "3s", memoryview(b"a"))
t(struct.unpack, "0p", b"")

for fmt in ["z", "3", "i 3", "3 i", "<n", ">N", "=P", "i<", "99999999999999999999i", "9223372036854775807x",
            "b9223372036854775807x", "4611686018427387904h", "\0", "2\0i", b"\0", "\xe9", "a\xe9\xe9b", b"\xe9"]:
    print(repr(fmt), end=" ")
    t(struct.calcsize, fmt)
t(struct.calcsize, 1); t(struct.calcsize, bytearray(b"i")); t(struct.calcsize); t(struct.calcsize, "i", "i")
t(struct.calcsize, format="i"); t(struct.Struct, 1.5)

t(struct.pack, "ii", 1); t(struct.pack, "i", 1, 2); t(struct.pack); t(struct.pack, "i", 1, x=1)
t(struct.unpack, "i", b"123"); t(struct.unpack, "i", "abcd"); t(struct.unpack, "i", 5); t(struct.unpack, "i")
t(struct.unpack, "i", b"1234", 3); t(struct.unpack, "i", b"1234", x=1)
t(struct.unpack, "h", memoryview(b"1234")[::2])
for off in [2, -1, -3, -5, -9, 9, 2**64, "x", 1.0]:
    t(struct.unpack_from, "i", b"12345", off)
    t(struct.pack_into, "i", bytearray(5), off, 1)
t(struct.unpack_from, "<I", bytearray(10), sys.maxsize); t(struct.pack_into, "<I", bytearray(10), sys.maxsize, 1)
t(struct.unpack_from, "i", buffer=b"1234", offset=0); t(struct.unpack_from, "i", b"1234", offs=0)
t(struct.unpack_from, "i"); t(struct.unpack_from); t(struct.unpack_from, "i", b"1234", 0, 1)
t(struct.unpack_from, "i", b"1234", buffer=b"1234")
t(struct.pack_into, "i", b"12345", 0, 1); t(struct.pack_into, "i", memoryview(b"12345"), 0, 1)
t(struct.pack_into, "i", "abcd", 0, 1); t(struct.pack_into, "h", memoryview(bytearray(4))[::2], 0, 1)
t(struct.pack_into, "i", bytearray(5)); t(struct.pack_into, "i"); t(struct.pack_into)
t(struct.pack_into, "i", bytearray(5), 0); t(struct.pack_into, "i", bytearray(5), 0, 1, 2)
t(struct.iter_unpack, "i", b"12345"); t(struct.iter_unpack, "", b""); t(struct.iter_unpack, "", 5)
t(struct.iter_unpack, "i", 5); t(struct.iter_unpack, "i"); t(struct._clearcache, 1)

b = bytearray(b"\xff" * 10)
t(struct.pack_into, "bbi", b, 1, 1, 2, "x")
print(b)
b = bytearray(b"\xff" * 10)
struct.pack_into("bxi", b, 1, 1, 2)
print(b)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__, struct.error.__bases__)
try:
    struct.pack("h", 99999)
except struct.error as e:
    print(repr(e), e.args)
