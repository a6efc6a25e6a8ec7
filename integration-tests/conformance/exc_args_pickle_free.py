# exception args handling: args tuple conversion, str with one/zero/many args, subclasses that skip __init__, __str__ of special exceptions
print(str(OSError()), str(OSError("a")), str(OSError("a", "b")), str(OSError(1, "b")), str(OSError(1, "b", "c")))
print(str(KeyError("a", "b")), str(IndexError()), str(UnicodeError("u")), str(SyntaxError("s")), str(StopIteration()), str(SystemExit(4)))
print(str(ImportError()), str(ImportError("m", "x")), str(AttributeError("a")), str(NameError()), str(MemoryError()))
class E(Exception):
    def __init__(self):
        pass
e = E()
print(e.args, str(e), repr(e))
class F(Exception):
    def __init__(self, x):
        self.x = x
f = F(5)
print(f.args, str(f), repr(f))
class G(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, "from new")
    def __init__(self, *a):
        pass
print(G(1, 2).args)
x = ValueError(1, [2], {"three": 3})
print(x.args, str(x), repr(x))
x.args = ()
print(str(x), repr(x))
print(repr(BaseException()), repr(Exception("q")), repr(ValueError("a'b")), repr(TypeError('a"b')))
print(str(Exception(None)), repr(Exception(None)), str(Exception("")), repr(Exception("")))
