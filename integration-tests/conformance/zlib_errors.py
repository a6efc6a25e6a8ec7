# zlib's error classes and messages for bad arguments and damaged streams
import zlib

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(zlib.error.__mro__, zlib.error.__module__)
good = zlib.compress(b'hello world')
show(zlib.decompress, b'abc')
show(zlib.decompress, good[:-2])
show(zlib.decompress, good[:5])
show(zlib.decompress, good, 8)
show(zlib.decompress, good, 100)
show(zlib.decompress, b'x\x9c\xff\xff')
show(zlib.decompress, b'x', bufsize=-1)
show(zlib.decompress, 'text')
show(zlib.compress, b'', 10)
show(zlib.compress, b'', -2)
show(zlib.compress, 'text')
show(zlib.compressobj, 10)
show(zlib.compressobj, memLevel=10)
show(zlib.compressobj, method=9)
show(zlib.compressobj, wbits=100)
show(zlib.decompressobj, wbits=100)
show(zlib.decompressobj().decompress, b'x', -1)
show(zlib.decompressobj().flush, 0)
show(zlib.compressobj().flush, 17)
c = zlib.compressobj()
c.flush()
show(c.compress, b'more')
show(c.flush)
show(zlib.decompressobj().decompress, b'not zlib data')
show(type(zlib.compressobj()))
show(type(zlib.decompressobj()))
for name in ('MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_NO_COMPRESSION', 'Z_BEST_SPEED',
             'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED',
             'Z_DEFAULT_STRATEGY', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
             'Z_BLOCK', 'Z_TREES'):
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION))
