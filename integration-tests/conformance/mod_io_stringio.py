# _io.StringIO: reading, writing, positions, newline modes, state, closed errors
import _io

s = _io.StringIO('hello\nworld\n')
print(repr(s.readline()), s.tell(), list(s), repr(s.getvalue()))
s.write('x')
print(repr(s.getvalue()), s.tell())
s = _io.StringIO()
print(s.write('abc'), s.seek(6), s.write('z'), repr(s.getvalue()))
s = _io.StringIO('hello')
print(s.tell(), s.read(2), s.tell(), s.truncate(1), s.tell(), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0), repr(s.read()), repr(s.read()))
s = _io.StringIO('a😀b€c')
print(s.read(2), s.tell(), s.seek(1), s.read(), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())

# newline modes
for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.newlines, s.readlines())
    s = _io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    print(repr(nl), repr(s.getvalue()), s.newlines)

s = _io.StringIO('one\ntwo\nthree')
print(s.readline(2), repr(s.readline()), s.readline(-1), repr(s.readline()), repr(s.readline(0)))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.encoding, s.errors, s.closed)

# state
s = _io.StringIO('abc')
s.read(1)
print(s.__getstate__())
s.extra = 5
print(s.__getstate__())
t = _io.StringIO()
t.__setstate__(('xyz\r\n', None, 2, {'k': 1}))
print(repr(t.getvalue()), t.tell(), t.k)

# errors
s = _io.StringIO('hello')
for f in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.truncate(-1),
          lambda: s.write(1), lambda: _io.StringIO(1), lambda: _io.StringIO('', newline='x'),
          lambda: _io.StringIO('', newline=3), lambda: s.read('a'), lambda: s.seek(1.5),
          lambda: t.__setstate__(1), lambda: s.detach(), lambda: s.fileno()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
s.close()
print(s.closed, s.flush())
for f in [lambda: s.getvalue(), lambda: s.read(), lambda: s.tell(), lambda: s.write('a'),
          lambda: next(s), lambda: iter(s), lambda: s.readable(), lambda: s.__enter__()]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

with _io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)

class Sub(_io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()

sub = Sub('a\nb\n')
sub.tag = 'T'
print(list(sub), sub.tag, type(sub).__mro__)
print(isinstance(sub, _io._TextIOBase), isinstance(sub, _io._IOBase))
