# type's getset/member descriptors: sizes and flags, __abstractmethods__, __annotations__, assignment errors
class C: pass
class D(C):
    x: int
    __slots__=('a',)
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
for t in [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset, range, slice, type(None), property, classmethod, staticmethod, super, C, D, A, BaseException, ValueError]:
    print(t.__name__, t.__basicsize__, t.__itemsize__, hex(t.__flags__), t.__dictoffset__, t.__weakrefoffset__, t.__base__)
for expr in ["type.__abstractmethods__", "C.__abstractmethods__", "A.__abstractmethods__", "int.__annotations__", "C.__annotations__", "D.__annotations__", "C.__module__"]:
    try: print(expr, eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
for stmt in ["C.__mro__=()", "del C.__mro__", "C.__dict__={}", "del C.__dict__", "int.__mro__=()", "del int.x", "C.__basicsize__=3", "C.__text_signature__='x'", "del C.__module__", "C.__module__='m'", "del C.__abstractmethods__", "C.__abstractmethods__=frozenset()","del C.__abstractmethods__","del C.__abstractmethods__", "del C.__annotations__", "del C.__annotations__", "C.__annotations__=5", "int.__abstractmethods__=1", "C.__base__=int", "type.__dict__['__mro__'].__set__(C, ())", "type.__dict__['__name__'].__set__(C, 'E')"]:
    try: exec(stmt); print(stmt, 'ok')
    except Exception as e: print(stmt, type(e).__name__, e)
print(C.__module__, C.__name__, C.__annotations__)
for n in ['__abstractmethods__', '__annotations__', '__base__', '__bases__', '__basicsize__', '__dict__', '__dictoffset__', '__flags__', '__itemsize__', '__module__', '__mro__', '__name__', '__qualname__', '__text_signature__', '__weakrefoffset__']:
    d=type.__dict__[n]; print(n, type(d).__name__, repr(d.__doc__))
