# what tokenize.open (used by linecache, so by traceback) does with a binary file: readline, seek(0),
# a TextIOWrapper over it with line buffering, and a mode attribute set on the wrapper
import _io

buffer = open(__file__, 'rb')
first = buffer.readline()
print(first, buffer.tell(), buffer.seekable())
print(buffer.seek(0), buffer.tell(), buffer.read(8), buffer.tell())
buffer.seek(0)
text = _io.TextIOWrapper(buffer, 'utf-8', line_buffering=True)
text.mode = 'r'
print(text.mode, text.line_buffering, text.readline(), len(text.readlines()) > 5)
text.close()
print(buffer.closed, text.closed)

with open(__file__, 'rb') as f:
    print(f.read1(5), f.tell(), f.seek(-3, 2) > 0, f.read(), f.seek(2, 0), f.read(3), f.seek(1, 1), f.read(2))
r = _io.BufferedReader(_io.BytesIO(b'0123456789'))
print(r.read(3), r.tell(), r.seek(5), r.read(2), r.seek(1, 1), r.read(), r.seekable())
