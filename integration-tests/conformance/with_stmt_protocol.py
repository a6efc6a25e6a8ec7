# with statement: __enter__ result binding, multiple managers order, suppression, exceptions in __enter__/__exit__, missing protocol
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("inner handles")
    with CM("outer2"), CM("inner2"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("first"), BadEnter():
        print("no body")
except RuntimeError as e:
    print(type(e).__name__, e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, repr(e.__context__))
for obj in [object(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
with CM("t") as (p):
    print(p)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (m, n):
    print(m, n)
