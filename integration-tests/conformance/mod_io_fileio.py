# _io.FileIO over a path; IncrementalNewlineDecoder
import _io

path = '/tmp/jyston-conformance-mod_io_fileio.bin'  # no os module to make a temporary folder with
f = _io.FileIO(path, 'w')
print(f.mode, f.name == path, f.closefd, f.write(b'abcdef'), f.tell(), f.seekable(), f.readable(), f.writable())
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e)
f.close()
print(f.closed, repr(f))
try:
    f.write(b'')
except ValueError as e:
    print(type(e).__name__, e)
f = _io.FileIO(path)
print(f.read(2), f.readall(), f.seek(0), f.read(), f.seek(-1, 2), f.read(), f.mode)
ba = bytearray(4)
f.seek(1)
print(f.readinto(ba), ba)
f.close()
f = _io.FileIO(path, 'r+')
print(f.mode, f.truncate(2), f.read(), f.tell())
f.close()
with _io.FileIO(path, 'a') as f:
    print(f.mode, f.write(b'Z'))
with open(path, 'rb') as g:
    print(g.read())
try:
    _io.FileIO(path + '.missing')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    _io.FileIO(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    _io.FileIO(path, 'rw')
except ValueError as e:
    print(type(e).__name__, e)

d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())
d = _io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('x\r\ny\rz\n')), d.newlines)
d.reset()
print(d.newlines, d.getstate())
try:
    d.decode(b'bytes')
except TypeError as e:
    print(e)
