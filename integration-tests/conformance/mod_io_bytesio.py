# _io.BytesIO: reading, writing, positions, readinto, state, closed errors
import _io

b = _io.BytesIO(b'hello\nworld')
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.read(1), b.readline(), b.read(), b.getvalue(), b.tell())
b.seek(20)
b.write(b'z')
print(b.getvalue(), b.truncate(3), b.tell(), b.getvalue())
b = _io.BytesIO(bytearray(b'ab'))
print(b.read1(), b.read1(-1), list(_io.BytesIO(b'a\nb')), _io.BytesIO(b'a\nb\nc').readlines(2))
print(_io.BytesIO(b'a\nb\nc').readlines(), _io.BytesIO(b'abc\n').readline(2))
ba = bytearray(3)
b = _io.BytesIO(b'xy')
print(b.readinto(ba), ba)
b = _io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.write(memoryview(b'fg')), b.getvalue())
b.writelines([b'1', b'2'])
print(b.getvalue(), b.tell(), b.seek(1), b.write(b'Z'), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
print(b.__getstate__())
c = _io.BytesIO()
c.__setstate__((b'state', 2, {'a': 1}))
print(c.read(), c.a)

for f in [lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1), lambda: b.write('x'),
          lambda: _io.BytesIO('x'), lambda: b.seek(1.0), lambda: b.__setstate__(1), lambda: b.read('x'),
          lambda: b.detach(), lambda: b.fileno()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
print(b.closed)
for f in [lambda: b.getvalue(), lambda: b.read(), lambda: b.write(b''), lambda: b.flush(), lambda: b.tell(),
          lambda: next(b)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

with _io.BytesIO(b'ctx') as b:
    print(b.read())
print(b.closed)

class Sub(_io.BytesIO):
    pass

s = Sub(b'q\nr')
s.x = 1
print(s.read(), s.x, isinstance(s, _io._BufferedIOBase))
