# __slots__ in subclasses of builtin types other than object
class L(list):
    __slots__ = ("a",)

l = L([1, 2])
l.a = 3
print(l.a, l, hasattr(l, "__dict__"))
del l.a
try:
    l.a
except AttributeError as e:
    print("AttributeError:", e)

class D(dict):
    __slots__ = ("b", "c")

d = D(x=1)
d.b = "bee"
print(d.b, d)

class E(Exception):
    __slots__ = ("code",)

e = E("boom")
e.code = 7
print(e.code, e.args)

class S(staticmethod):
    __slots__ = ("key",)

    def __new__(cls, f, key):
        self = staticmethod.__new__(cls, f)
        self.key = key
        return self

    def __init__(self, f, key):
        super().__init__(f)

s = S(len, 5)
print(s.key, type(s).__name__, s.__func__ is len)

class T(tuple):
    __slots__ = ()

print(T((1, 2)), hasattr(T((1,)), "__dict__"))
