# array's buffer: bytes(), memoryview (format, itemsize, writes), struct.pack_into/unpack_from, files, binascii
import array, struct, io, binascii, zlib

a = array.array('i', [1, -2, 300])
print(bytes(a), bytearray(a), b''.join([a, b'!']))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.tolist(), m[1])
m[0] = 42
print(a)
d = array.array('d', [0.0, 0.0])
struct.pack_into('<d', d, 8, 2.5)
print(d, struct.unpack_from('<dd', d))
b = array.array('B', b'hello')
print(binascii.hexlify(b), zlib.crc32(b) == zlib.crc32(b'hello'), b.decode if hasattr(b, 'decode') else None)
f = io.BytesIO()
a.tofile(f)
print(f.getvalue())
f.seek(0)
c = array.array('i')
c.fromfile(f, 2)
print(c)
try:
    c.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e, c)
try:
    c.fromfile(f, -1)
except ValueError as e:
    print('ValueError', e)
w = io.BytesIO()
w.write(array.array('h', [1, 2]))
print(w.getvalue())
r = io.BytesIO(b'\x05\x00\x06\x00')
h = array.array('h', [0, 0])
print(r.readinto(h), h)
