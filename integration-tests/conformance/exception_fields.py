# Attributes of builtin exceptions set by the raiser and by assignment; Unicode errors; OSError subclasses by errno.
e = NameError("x"); e.name = "nm"; print(e.name, e.__dict__)
e = OSError(2, "x"); e.errno = 5; print(e.errno, e)
e = StopIteration(1); e.value = 2; print(e.value)
try:
    raise ValueError
except ValueError as v:
    print(repr(v))
try: b"\xff".decode()
except UnicodeDecodeError as u: print(u.encoding, u.object, u.start, u.end, u.reason, u)
try: "\xe9".encode("ascii")
except UnicodeEncodeError as u: print(u.encoding, u.object, u.start, u.end, u.reason, u)
u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad"); print(u, u.args)
u = UnicodeEncodeError("ascii", "ab", 0, 1, "bad"); print(u, u.args)
u = UnicodeTranslateError("ab", 0, 1, "bad"); print(u, u.args)
try: UnicodeDecodeError("x")
except TypeError as t: print(t)
s = SyntaxError("msg", ("f.py", 1, 2, "text", 1, 3)); print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s)
print(OSError(2, "x", "f").filename, OSError(13, "x"), type(OSError(13, "x")).__name__, type(OSError(11, "x")).__name__, type(OSError(999, "x")).__name__)
print(FileNotFoundError.__mro__)
print(KeyError("k").args, ImportError("m", name="n").msg, ModuleNotFoundError("x").name)
print(StopAsyncIteration(3).args, SystemExit(1, 2).code, BlockingIOError(11, "x", 5).characters_written)
try:
    import nonexistent_module_zz
except ImportError as e:
    print(type(e).__name__, e.name, e.msg)
class K: pass
try: K.nope
except AttributeError as e: print(e.name, e.obj)
try: (1).nope
except AttributeError as e: print(e.name, e.obj)
try: print(undefined_q)
except NameError as e: print(e.name, e.args)
def g():
    x = x + 1
try: g()
except UnboundLocalError as e: print(e.name, e)
print(OSError(2, "x").__str__(), EnvironmentError is OSError, IOError is OSError)
print(BaseExceptionGroup("m", [ValueError(1)]).exceptions, ExceptionGroup("m", [ValueError(1)]).message)
