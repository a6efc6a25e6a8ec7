# dir() on instances, classes, modules and objects with __dir__
class A:
    a = 1
    def m(self):
        pass
class B(A):
    b = 2
o = B()
o.x = 3
d = dir(o)
print([n for n in d if not n.startswith("__")], d == sorted(d))
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(B), "mro" in dir(B), "mro" in dir(type))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m", "a"]
print(dir(WithDir()))
class TupleDir:
    def __dir__(self):
        return ("q", "p")
print(dir(TupleDir()))
class GenDir:
    def __dir__(self):
        yield "b"
        yield "a"
print(dir(GenDir()))
class BadDir:
    def __dir__(self):
        return 42
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __dir__(cls):
        return ["meta_listed"]
class M(metaclass=Meta):
    x = 1
print(dir(M), [n for n in dir(M()) if not n.startswith("__")])
# instance __dir__ attribute is ignored (looked up on the type)
w = A()
w.__dir__ = lambda: ["inst"]
print("inst" in dir(w), "__dir__" in dir(w))
class S:
    __slots__ = ("p", "q")
s = S()
s.p = 1
print([n for n in dir(s) if not n.startswith("__")])
def f():
    zz = 1
    print(dir())
f()
