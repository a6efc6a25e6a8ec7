# function annotations stored as CPython stores them, default evaluation time, mutable defaults, __defaults__/__kwdefaults__
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []), g.__defaults__)
counter = 0
def dflt():
    global counter
    counter += 1
    return counter
def h(v=dflt()):
    return v
print(h(), h(), counter)
def noann(a, b):
    pass
print(noann.__annotations__, noann.__defaults__, noann.__kwdefaults__)
def kwonly(*, a, b=2):
    return a, b
print(kwonly.__kwdefaults__, kwonly(a=1))
kwonly.__kwdefaults__ = {"b": 99}
print(kwonly(a=1))
g.__defaults__ = ([],)
print(g(5))
class K:
    def m(self, x: int) -> None:
        pass
    attr: int = 3
    other: str
print(K.m.__annotations__, K.__annotations__)
x: int = 5
y: "undefined"
print(__annotations__ if "__annotations__" in dir() else "no module annotations", "y" in globals())
def lam_default(fn=lambda q: q * 2):
    return fn(4)
print(lam_default(), f.__name__, f.__qualname__, f.__module__)
def pos(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e
print(pos(1, d=4), pos.__defaults__, pos.__kwdefaults__)
