# builtin types whose attributes are member/getset descriptors: values, reflected set and str/bytes methods, truth without __bool__
r = range(1, 10, 2); s = slice(1, None, 3)
print(r.start, r.stop, r.step, s.start, s.stop, s.step, (1.5).real, (1.5).imag, (1+2j).real, (1+2j).imag)
class F(float): pass
class Z(complex): pass
print(type(F(2.5).real), F(2.5).imag, Z(1+2j).real, Z(1+2j).imag)
for stmt in ["r.start = 1", "del r.stop", "s.step = 2", "del s.start", "(1.5).real = 1", "del (1.5).imag", "(1j).real = 2", "del (1j).imag", "r.foo = 1",
             "{1} .__rand__({2,1})", "frozenset({1}).__ror__({2})", "{1,2}.__rsub__({2,3})", "{1}.__rxor__(frozenset({2}))", "{1}.__ror__([1])",
             "'x'.__rmod__('%s!')", "'x'.__rmod__(5)", "b'x'.__rmod__(b'%s!')", "b'x'.__rmod__(bytearray(b'%s'))", "bytearray(b'x').__rmod__(bytearray(b'%s'))",
             "'ab'.__getnewargs__()", "b'ab'.__getnewargs__()", "b'ab'.__bytes__()", "bytearray(b'ab').__alloc__()", "bytearray().__alloc__()",
             "bool('')", "bool([0])", "bool(())", "bool({})", "bool(set())", "bool(...)", "bool(b'')", "bool(bytearray(b'a'))", "hasattr([], '__bool__')", "bool(range(0))", "range(1).__bool__()",
             "memoryview(b'ab').suboffsets", "memoryview(b'ab').shape", "memoryview(b'ab').obj", "memoryview(b'a').format", "memoryview(b'ab').nbytes",
             "type.__dict__['__name__'].__get__(int)", "type.__dict__['__mro__'].__get__(bool)", "int.__flags__ & (1 << 24) != 0", "__import__('inspect').isabstract(__import__('collections.abc').abc.Sized)",
             "property(len).fget", "staticmethod(len).__func__", "classmethod(len).__wrapped__", "super(int, 1).__thisclass__", "super(int).__self__"]:
    try:
        r2 = eval(stmt) if not any(c in stmt for c in ['=', 'del ']) or '==' in stmt else exec(stmt)
        print(stmt, '->', repr(r2))
    except Exception as e:
        print(stmt, type(e).__name__, e)
def g(): yield 1
x = g()
x.__name__ = 'h'; x.__qualname__ = 'H.h'
print(x.__name__, x.__qualname__, repr(x)[:22], x.gi_running, x.gi_suspended, x.gi_yieldfrom, x.gi_frame is not None, x.gi_code.co_name)
try: x.__name__ = 1
except TypeError as e: print(e)
try: x.gi_code = 1
except AttributeError as e: print(e)
x.__del__()
print(x.gi_frame)
def f(): pass
f.__module__ = 'm'; print(f.__module__); del f.__module__; print(f.__module__)
class M(type):
    pass
class C(metaclass=M):
    'doc'
    x: int
print(C.__name__, C.__qualname__, C.__module__, C.__mro__, C.__bases__, C.__base__, C.__doc__, C.__annotations__, C.__dict__['x'] if 'x' in C.__dict__ else '-')
C.__name__ = 'D'; print(C.__name__, C)
