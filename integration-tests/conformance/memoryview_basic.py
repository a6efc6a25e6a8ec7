# memoryview basics: slicing, tobytes, tolist, len, readonly, format/itemsize, writes through to bytearray, release
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(bytes(m[::2]), m == b"abcdef", m[2:] == b"cdef", m.hex(), m.obj == b"abcdef")
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 88; mv[1:3] = b"YZ"
print(ba, mv.readonly, mv.tobytes())
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
try:
    len(mv)
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
print(type(m).__name__, list(memoryview(b"\x01\x02")), b"".join([memoryview(b"a"), b"b"]))
