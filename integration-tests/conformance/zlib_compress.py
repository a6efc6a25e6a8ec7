# zlib.compress output is byte-identical to CPython's (zlib and raw containers at each level) and round-trips
import zlib

data = b''.join(b'line %d of some repetitive text, %s\n' % (i, b'x' * (i % 7)) for i in range(300))
for payload in (b'', b'hello', data):
    for level in (-1, 0, 1, 2, 5, 6, 9):
        for wbits in (15, -15):
            c = zlib.compress(payload, level, wbits)
            print(level, wbits, len(c), zlib.crc32(c), zlib.decompress(c, wbits) == payload)
print(zlib.compress(b'hello'))
print(zlib.compress(b'hello', wbits=-15))
print(zlib.compress(b'hello', level=9))
print(zlib.compress(b'', wbits=9))
print(zlib.decompress(zlib.compress(data), 0) == data)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(bytearray(zlib.compress(b'abc'))))
print(zlib.decompress(zlib.compress(b'abc') + b'trailing garbage'))
