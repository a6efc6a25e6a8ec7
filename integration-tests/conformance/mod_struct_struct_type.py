# struct.Struct: attributes, methods, re-initialisation, subclasses, iter_unpack's iterator, buffers
import struct

s = struct.Struct("<ih")
print(s.format, s.size, type(s).__name__, type(s).__module__, type(s).__qualname__)
print(s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00", 2))
print(s.unpack_from(buffer=b"\x05\x00\x00\x00\x06\x00"), s.unpack_from(b"..\x05\x00\x00\x00\x06\x00", offset=2))
buf = bytearray(8)
print(s.pack_into(buf, 1, -1, -2), buf)
print(struct.Struct(b"=i2H").format, struct.Struct("=i2H").size, struct.Struct("").size)
print(s.__sizeof__() == struct.Struct("<ih").__sizeof__(), struct.Struct("10i").__sizeof__() == struct.Struct("i").__sizeof__())

s.__init__("2h")
print(s.format, s.size, s.pack(3, 4))
try:
    s.__init__("z")
except struct.error as e:
    print("error:", e, s.format, s.size)

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, struct.Struct) else "Struct " + r.format)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

S = struct.Struct
t(S); t(S, "i", "h"); t(S, format="h"); t(S, fmt="h"); t(S, "i", format="h"); t(S, 5)
print(S.__new__(S).size)
s = S("i")
t(s.pack); t(s.pack, x=1); t(s.unpack); t(s.unpack, b"1234", b""); t(s.unpack, buffer=b"1234")
t(s.unpack_from); t(s.unpack_from, b"1234", 0, 1); t(s.unpack_from, b"1234", offset=0, x=1)
t(s.iter_unpack); t(s.pack_into); t(s.pack_into, bytearray(4), 0, 1, x=1); t(s.pack_into, b"1234", 0, 1)
t(setattr, s, "format", "i"); t(setattr, s, "size", 1); t(delattr, s, "size"); t(setattr, s, "x", 1)
t(setattr, S, "x", 1)

class Sub(struct.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag

x = Sub(">hh", "t")
print(type(x).__name__, x.format, x.size, x.tag, x.pack(1, 2), x.unpack(b"\x00\x01\x00\x02"), x.__dict__)
print(isinstance(x, struct.Struct), Sub.__mro__[1] is struct.Struct)

it = struct.iter_unpack(">h", b"\x00\x01\x00\x02\x00\x03")
print(type(it).__name__, type(it).__module__, iter(it) is it, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
t(next, it)
t(type(it)); t(setattr, type(it), "x", 1)
print(list(struct.Struct("<bb").iter_unpack(bytearray(b"\x01\x02\x03\x04"))))
print(list(struct.iter_unpack("c", memoryview(b"abc"))), list(struct.iter_unpack("i", b"")))

class MyBytes(bytes):
    pass

print(struct.unpack("2s", MyBytes(b"ab")), struct.pack("2s", MyBytes(b"ab")), struct.pack("c", MyBytes(b"a")))
print(struct.unpack("<i", memoryview(b"12345")[1:]), struct.unpack("<2h", memoryview(b"1234").cast("h")))
print(struct.unpack("<i", bytearray(b"1234")), struct.unpack_from("<h", memoryview(bytearray(b"\x01\x02\x03")), 1))
ba = bytearray(4)
struct.pack_into("<i", memoryview(ba), 0, 7)
print(ba)
struct.pack_into("<h", memoryview(ba).cast("h"), 2, -1)
print(ba)
struct.pack_into("<h", memoryview(ba)[2:], 0, 0x0102)
print(ba)

import weakref
r = weakref.ref(s)
print(r() is s)
print(struct.Struct.__doc__)
print(struct.__doc__ == __import__("_struct").__doc__, struct.__doc__.splitlines()[0])
struct._clearcache()
print(struct.calcsize("i"), struct.pack("i", 5) == struct.Struct("i").pack(5))
print(sorted(k for k in dir(struct.Struct) if not k.startswith("__")))
