# sys.exc_info() and sys.exception() per frame: inside handlers, after them, in callees, nested handlers
import sys
print(sys.exc_info(), sys.exception())
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), sys.exception() is v)
try:
    raise ValueError("outer")
except ValueError:
    show("in handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested handler")
    show("back in outer")
show("after")
def callee():
    show("callee sees caller's")
try:
    raise IndexError("i")
except IndexError:
    callee()
def raises_and_handles():
    try:
        raise TypeError("t")
    except TypeError:
        show("callee own")
    show("callee after own")
try:
    raise OSError("o")
except OSError:
    raises_and_handles()
    show("caller restored")
try:
    try:
        raise ValueError("v")
    finally:
        show("finally during propagation")
except ValueError:
    pass
try:
    pass
finally:
    show("finally normal")
def in_gen():
    show("gen first")
    yield
    show("gen second")
g = in_gen()
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    next(g)
next(g, None)
try:
    raise KeyError("k")
except KeyError:
    next(in_gen())
