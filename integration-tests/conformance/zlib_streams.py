# zlib compressobj/decompressobj: flush modes, max_length with unconsumed_tail, unused_data, eof, zdict, copy
import zlib

data = bytes(range(256)) * 40 + b'end of data' * 100
co = zlib.compressobj(6)
parts = [co.compress(data[:3000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[3000:6000]),
         co.flush(zlib.Z_FULL_FLUSH), co.compress(data[6000:]), co.flush(zlib.Z_NO_FLUSH), co.flush()]
print([len(p) for p in parts])
stream = b''.join(parts)
print(stream[-4:], zlib.decompress(stream) == data)
for mode in (zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH):
    print(mode, zlib.compressobj().flush(mode))

d = zlib.decompressobj()
out = []
buf = stream
while buf:
    chunk = d.decompress(buf, 1000)
    out.append(chunk)
    buf = d.unconsumed_tail
    if not chunk:
        break
print(max(len(c) for c in out), b''.join(out) == data, d.eof, d.unconsumed_tail, d.unused_data)

d = zlib.decompressobj()
head = d.decompress(stream + b'tail', 10)
print(len(head), len(d.unconsumed_tail) > 0, d.eof)
rest = d.flush()
print(head + rest == data, d.eof, d.unused_data, d.unconsumed_tail)
d2 = zlib.decompressobj()
print(d2.decompress(stream[:50]) + d2.decompress(stream[50:]) == data, d2.eof)
d2.decompress(b'after')
print(d2.unused_data)

zdict = b'end of data'
co = zlib.compressobj(zdict=zdict)
c = co.compress(b'end of data, end of data') + co.flush()
print(c)
print(zlib.decompressobj(zdict=zdict).decompress(c))
try:
    zlib.decompress(c)
except zlib.error as e:
    print(e)
raw = zlib.compressobj(wbits=-15, zdict=zdict)
rc = raw.compress(b'end of data!') + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(rc))

co = zlib.compressobj()
a = co.compress(b'first part ' * 10)
co2 = co.copy()
print(a + co.compress(b'x') + co.flush() == a + co2.compress(b'x') + co2.flush())
d = zlib.decompressobj()
half = d.decompress(stream[:100])
d2 = d.copy()
print(half + d.decompress(stream[100:]) == half + d2.decompress(stream[100:]) == data)
d.flush()
try:
    d.copy()
except ValueError as e:
    print('ValueError', e)
