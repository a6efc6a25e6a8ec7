# BytesIO.getbuffer(): a writable memoryview of the stream's bytes, in place; while a view is in
# use the stream cannot be resized, written, truncated, closed or re-initialised (BufferError).
import gc
import io

b = io.BytesIO(b'abcdef')
m = b.getbuffer()
print(type(m).__name__, type(m.obj).__name__, type(m.obj).__module__, m.readonly, len(m), m.format, bytes(m))
for label, f in [('write', lambda: b.write(b'x')), ('write empty', lambda: b.write(b'')),
                 ('truncate', lambda: b.truncate()), ('close', lambda: b.close()),
                 ('setstate', lambda: b.__setstate__((b'', 0, None))),
                 ('writelines', lambda: b.writelines([b'a'])), ('writelines empty', lambda: b.writelines([])),
                 ('seek', lambda: b.seek(1)), ('read', lambda: b.read(2)), ('getvalue', lambda: b.getvalue()),
                 ('tell', lambda: b.tell())]:
    try:
        print(label, f())
    except BufferError as e:
        print(label, 'BufferError', e)
print(b.closed)
m[0] = 65
m[1:3] = b'XY'
print(b.getvalue(), m.tolist())
m2 = m[1:]
m.release()
try:
    b.write(b'q')
except BufferError as e:
    print('slice still exported:', e)
m2.release()
print(b.write(b'q'), b.getvalue())
with b.getbuffer() as view:
    print(bytes(view))
print(b.write(b'z'), b.getvalue())
t = b.getbuffer()
v = memoryview(t.obj)
t.release()
print(len(v), bytes(v))
v.release()
b.seek(100)
with b.getbuffer() as view:
    print(len(view))
# a view nobody refers to stops counting once the collector has run
x = b.getbuffer()
del x
gc.collect()
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print('ValueError', e)
try:
    type(io.BytesIO().getbuffer().obj)()
except TypeError as e:
    print('TypeError', e)
