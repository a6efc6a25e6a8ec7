# zlib decompressobj: unused_data and unconsumed_tail after the stream's end, with and without max_length
import zlib
z=zlib.compress(b'abc'*100)
d=zlib.decompressobj(); d.decompress(z+b'tail'); print(d.unused_data, d.unconsumed_tail)
d=zlib.decompressobj(); d.decompress(z+b'tail', 5); print(d.unused_data, d.unconsumed_tail); d.decompress(d.unconsumed_tail, 1000); print(d.unused_data, d.unconsumed_tail, d.eof)
d=zlib.decompressobj(); d.decompress(z+b'tail', 5); print(d.unused_data, d.unconsumed_tail); d.flush(); print(d.unused_data, d.unconsumed_tail, d.eof)
d=zlib.decompressobj(); d.decompress(z[:10], 5); print(d.unused_data, d.unconsumed_tail); d.flush(); print(d.unused_data, d.unconsumed_tail, d.eof)
d=zlib.decompressobj(); d.decompress(z+b'tail', 1000); print(d.unused_data, d.unconsumed_tail); d.decompress(b'more', 1000); print(d.unused_data, d.unconsumed_tail, d.eof)
source = b'abcdefghijklmnopqrstuvwxyz'
x = zlib.compress(source) + b'0123456789'
for maxlen in 0, 1000:
    for step in 1, 2, 7, len(x):
        dco = zlib.decompressobj()
        data = b''
        for i in range(0, len(x), step):
            if maxlen == 0:
                data += dco.decompress(x[i:i + step])
            else:
                data += dco.decompress(dco.unconsumed_tail + x[i:i + step], maxlen)
        data += dco.flush()
        print(maxlen, step, data == source, dco.eof, dco.unconsumed_tail, dco.unused_data)
