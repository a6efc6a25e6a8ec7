# _io.TextIOWrapper over a Python binary stream; file objects are instances of the _io bases
import _io
import sys

t = _io.TextIOWrapper(_io.BytesIO(b'abc\r\ndef\nghi'), encoding='utf-8')
print(repr(t.readline()), repr(t.read()), t, t.encoding)
t = _io.TextIOWrapper(_io.BytesIO(b'one\ntwo\n'), encoding='utf-8')
print(list(t), t.readable(), t.writable(), t.closed)
buf = _io.BytesIO()
t = _io.TextIOWrapper(buf, encoding='latin-1')
print(t.write('é\n'), buf.getvalue())
t.flush()
print(buf.getvalue(), t.buffer is buf)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8')
t.write('x€')
print(t.detach().getvalue())
try:
    _io.TextIOWrapper(_io.BytesIO(), encoding='nope')
except LookupError as e:
    print(type(e).__name__, e)
t = _io.TextIOWrapper(_io.BytesIO(b'z'), encoding='utf-8')
t.close()
print(t.closed)

print(isinstance(sys.stdout, _io._TextIOBase), isinstance(sys.stdout, _io.TextIOWrapper))
with open(__file__) as f:
    print(isinstance(f, _io.TextIOWrapper), isinstance(f, _io._IOBase))
with open(__file__, 'rb') as f:
    print(isinstance(f, _io.BufferedReader), isinstance(f, _io._BufferedIOBase))
r = _io.BufferedReader(_io.BytesIO(b'ab\ncd'))
print(r.readline(), r.read(), r.raw.closed)
w = _io.BufferedWriter(_io.BytesIO())
print(w.write(b'hi'), w.raw.getvalue())
print(_io.text_encoding(None), _io.text_encoding('utf-8'))
