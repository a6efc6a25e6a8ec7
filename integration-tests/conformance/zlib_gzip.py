# zlib's gzip container (wbits 16+): byte-identical header and trailer, decoding with wbits 31 and auto-detection 47
import zlib, gzip

data = b'gzip me ' * 500
for level in (1, 6, 9, -1):
    c = zlib.compress(data, level, 31)
    print(level, c[:10], c[-8:], zlib.decompress(c, 31) == data, zlib.decompress(c, 47) == data)
z = zlib.compress(data)
print(zlib.decompress(z, 47) == data)
co = zlib.compressobj(wbits=31)
g = co.compress(data[:1000]) + co.compress(data[1000:]) + co.flush()
print(g == zlib.compress(data, -1, 31))
print(gzip.decompress(g) == data)
print(gzip.decompress(gzip.compress(data, mtime=0)) == data)
print(gzip.compress(b'abc', mtime=0))
d = zlib.decompressobj(31)
out = b''.join(d.decompress(g[i:i + 7]) for i in range(0, len(g), 7))
print(out == data, d.eof, d.unused_data)
d = zlib.decompressobj(47)
print(d.decompress(g + b'more') == data, d.eof, d.unused_data)
bad = bytearray(g)
bad[-8] ^= 1
try:
    zlib.decompress(bytes(bad), 31)
except zlib.error as e:
    print(e)
bad = bytearray(g)
bad[-1] ^= 1
try:
    zlib.decompress(bytes(bad), 31)
except zlib.error as e:
    print(e)
try:
    zlib.decompress(z, 31)
except zlib.error as e:
    print(e)
