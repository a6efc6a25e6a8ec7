# function object attributes: __name__/__qualname__ assignment and type checks, __module__, __globals__, __dict__, __doc__ assignment, __defaults__ validation
def f(a, b=1):
    "original doc"
    return a + b
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__globals__ is globals(), f.__dict__)
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
f.__doc__ = "new doc"
f.__module__ = "elsewhere"
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, repr(f).split(" at ")[0])
for attr, val in [("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 5)]:
    try:
        setattr(f, attr, val)
        print(attr, "accepted")
    except TypeError as e:
        print(attr, type(e).__name__, e)
f.__defaults__ = (10,)
print(f(1))
f.custom = {"k": 1}
print(f.__dict__, vars(f))
g = lambda: None
print(g.__name__, g.__doc__, g.__defaults__, g.__kwdefaults__, g.__closure__, g.__annotations__)
def with_ann(x: int) -> str:
    pass
with_ann.__annotations__ = {"changed": 1}
print(with_ann.__annotations__)
