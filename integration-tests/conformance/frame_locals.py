# f_locals: a snapshot dict of a function's variables; the namespace of module code.
import sys


def show(depth=1):
    f = sys._getframe(depth)
    return sorted((k, v if not callable(v) else v.__name__) for k, v in f.f_locals.items() if not k.startswith("__"))


def func(a, b=2, *rest, **kw):
    c = a + b
    print(show())
    del c
    print(show())
    d = [1]
    print(show())


func(1, 3, 4, k=5)


def closure():
    captured = "cell"

    def inner():
        return captured
    print(show())
    return inner


closure()
top_level = 42
print(sys._getframe().f_locals is globals())
print(sys._getframe().f_locals["top_level"])
print(sys._getframe().f_globals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)


class K:
    inside = 1
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))


def snapshot():
    x = 1
    loc = sys._getframe().f_locals
    x = 2
    print(loc["x"])
    print(sys._getframe().f_locals["x"])


snapshot()
