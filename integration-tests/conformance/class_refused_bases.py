# types CPython refuses as base classes
def f():
    pass
def g():
    yield
gen = g()
cands = [bool, type(None), range, slice, type(f), type(gen), type(Ellipsis), type(NotImplemented),
         memoryview, type(f.__code__), type(print), type([].append), type(len), type(lambda: 0).__call__.__class__]
for t in cands:
    try:
        class X(t):
            pass
        print("accepted", t.__name__)
    except TypeError as e:
        print("TypeError", e)
for t in [bool, type(None), range, slice]:
    try:
        type("Y", (t,), {})
    except TypeError as e:
        print("TypeError", e)
class Ok(int, object):
    pass
print(Ok.__mro__ == (Ok, int, object))
try:
    class Dup(int, int):
        pass
except TypeError as e:
    print("TypeError", e)
class E:
    pass
try:
    class Dup2(E, E):
        pass
except TypeError as e:
    print("TypeError", e)
