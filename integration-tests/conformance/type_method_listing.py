# the attribute names of every builtin type (dir()), as CPython 3.11 lists them
for t in [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset, range, slice,
          type(None), type(NotImplemented), type(...), property, classmethod, staticmethod, super]:
    print(t.__name__, sorted(dir(t)))
def f():
    yield
print("function", sorted(dir(f)))
print("generator", sorted(dir(f())))
