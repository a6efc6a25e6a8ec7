# the _io base classes: methods Python subclasses inherit, UnsupportedOperation
import _io

print(_io.UnsupportedOperation.__mro__, _io.UnsupportedOperation.__module__)
print(_io._RawIOBase.__mro__, _io._TextIOBase.__mro__, _io._BufferedIOBase.__mro__)
print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
print(_io.FileIO.__mro__, _io.TextIOWrapper.__mro__, _io.BufferedReader.__mro__)

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 4)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Raw(b'line1\nline2\nlast')
print(r.read(3), r.readline(), r.readall(), r.closed)
r = Raw(b'a\nb\nc')
print(list(r))
r = Raw(b'a\nbb\nccc\n')
print(r.readlines(3), r.tell() if hasattr(r, 'seek') and False else '-')
r.close()
print(r.closed, sorted(r.__dict__))
for f in [lambda: iter(r), lambda: r.readline(), lambda: r.__enter__(), lambda: r.flush(), lambda: r._checkClosed()]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

class Buf(_io._BufferedIOBase):
    def __init__(self):
        self.out = []

    def read(self, n=-1):
        return b'xyz'[:n]

    def write(self, b):
        self.out.append(bytes(b))
        return len(b)

b = Buf()
ba = bytearray(2)
print(b.readinto(ba), ba, b.writelines([b'a', b'b']), b.out)
with b as w:
    print(w is b, b.closed)
print(b.closed)

class Text(_io._TextIOBase):
    pass

t = Text()
print(t.encoding, t.errors, t.newlines, t.readable(), t.writable(), t.seekable(), t.isatty())
for f in [t.read, t.readline, t.detach, lambda: t.write('x'), t.fileno, lambda: t.seek(0), t.tell,
          t.truncate, t._checkReadable, t._checkWritable, t._checkSeekable,
          lambda: _io._RawIOBase().readinto(bytearray()), lambda: _io._RawIOBase().write(b''),
          lambda: _io._BufferedIOBase().read1()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e), isinstance(e, OSError), isinstance(e, ValueError))

i = _io._IOBase()
i.close()
print(i.__dict__, i.closed)

class Counting(_io._IOBase):
    flushed = 0

    def flush(self):
        Counting.flushed += 1
        super().flush()

c = Counting()
c.close()
c.close()
print(Counting.flushed, c.closed)

# io.py sets the exception's module, and takes open from _io
_io.UnsupportedOperation.__module__ = 'io'
print(_io.UnsupportedOperation, _io.open is open, issubclass(_io.UnsupportedOperation, OSError))
try:
    raise _io.UnsupportedOperation('x')
except ValueError as e:
    print(repr(e))
