# Function object attributes: __name__/__qualname__ (settable), __defaults__, __kwdefaults__,
# __closure__ and cell_contents, __doc__, __module__, __dict__, __annotations__.
def f(a, b=1, *, c=2):
    "doc of f"
    return a, b, c


print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
print(f(1))
f.__kwdefaults__ = {"c": "C"}
print(f(1))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.__qualname__ = "Q.renamed"
print(f.__qualname__)
f.attr = 5
print(f.attr, f.__dict__)


def nodefaults(x):
    pass


print(nodefaults.__defaults__, nodefaults.__kwdefaults__, nodefaults.__doc__)


def outer():
    v = "cell value"

    def inner():
        return v
    return inner


inner = outer()
print(inner.__qualname__, len(inner.__closure__), inner.__closure__[0].cell_contents)
print(outer.__closure__)


def ann(x: int, y: "str" = "s") -> list:
    pass


print(ann.__annotations__)


class K:
    def m(self):
        pass


print(K.m.__qualname__, K().m.__name__, K().m.__func__ is K.m)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
