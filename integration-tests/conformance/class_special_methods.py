# special methods looked up on the type, not the instance; __getattr__ vs __getattribute__; __setattr__/__delattr__; __dir__
class C:
    def __len__(self):
        return 3
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class G:
    x = "class attr"
    def __getattr__(self, name):
        return "fallback:" + name
g = G()
g.y = "inst"
print(g.x, g.y, g.missing)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr after AttributeError: " + name
ga = GA()
print(ga.secret, ga.__class__.__name__)
class Log:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, k, v):
        self.log.append(("set", k))
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        self.log.append(("del", k))
        object.__delattr__(self, k)
l = Log()
l.a = 1
del l.a
print(l.log, hasattr(l, "a"))
class Dir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Dir()))
class Repr:
    def __repr__(self):
        return "R()"
print(repr(Repr()), str(Repr()), f"{Repr()}", [Repr()], format(Repr(), ""))
class StrOnly:
    def __str__(self):
        return "S"
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return "fmt[" + spec + "]"
print(format(Fmt(), "xyz"), f"{Fmt():>5}")
class NoFmtSpec:
    pass
try:
    format(NoFmtSpec(), "x")
except TypeError as e:
    print(type(e).__name__, e)
