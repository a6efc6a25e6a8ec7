# RecursionError from deep recursion in functions, methods, __repr__, and recovery afterwards
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class Attr:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    Attr().x
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500, d < sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError:
    print("limit 200 also raises")
sys.setrecursionlimit(1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(900))
print(issubclass(RecursionError, RuntimeError))
