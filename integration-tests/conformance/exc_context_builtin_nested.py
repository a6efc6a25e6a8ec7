# An error raised by the runtime (1/0) inside a try, while a caller handles another exception, gets that
# exception as __context__ (CPython sets it at raise time), so recursion through handlers chains fully.
def g():
    1/0
def h():
    raise KeyError(1)
for fn in (g, h):
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__context__))
def rec(n):
    try:
        1/0
    except:
        if n: rec(n-1)
        else: raise
try: rec(3)
except Exception as e:
    c = 0
    while e: c += 1; e = e.__context__
    print("depth", c)
def rec2(n):
    try:
        raise ZeroDivisionError
    except:
        if n: rec2(n-1)
        else: raise
try: rec2(3)
except Exception as e:
    c = 0
    while e: c += 1; e = e.__context__
    print("depth2", c)
import sys, traceback
def f():
    try:
        1/0
    except:
        f()
try:
    f()
except RecursionError as e:
    n = 0
    c = e
    while c is not None:
        n += 1
        c = c.__context__
    print("chain", n == sys.getrecursionlimit(), len(list(traceback.TracebackException.from_exception(e).format())) > 1000)
class K(str):
    pass
x = Exception()
x.__setstate__({K("name"): 1})
print(x.name)
