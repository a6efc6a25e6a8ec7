# zlib.crc32 and zlib.adler32, whole and incremental, with starting values
import zlib

data = b'The quick brown fox jumps over the lazy dog' * 1000
print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b''), zlib.adler32(b''))
print(zlib.crc32(data[5000:], zlib.crc32(data[:5000])) == zlib.crc32(data))
print(zlib.adler32(data[5000:], zlib.adler32(data[:5000])) == zlib.adler32(data))
print(zlib.crc32(b'abc', -1), zlib.adler32(b'abc', -1), zlib.adler32(b'abc', 2**40 + 3))
print(zlib.crc32(bytearray(b'abc')), zlib.adler32(memoryview(b'abc')))
print(zlib.adler32(b'\xff' * 100000))
try:
    zlib.crc32('abc')
except TypeError as e:
    print(e)
