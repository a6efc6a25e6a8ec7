# function attributes are getset descriptors on the function type (types.py reads FunctionType.__code__)
def f(a, b=2, *, c=3):
    "doc"
    return a

FunctionType = type(f)
for name in ("__code__", "__globals__", "__defaults__", "__kwdefaults__", "__closure__", "__annotations__",
             "__name__", "__qualname__", "__dict__", "__builtins__"):
    d = FunctionType.__dict__[name]
    print(name, type(d).__name__, d.__name__, d.__objclass__ is FunctionType)
print(FunctionType.__code__.__get__(f) is f.__code__)
print(FunctionType.__defaults__.__get__(f), FunctionType.__name__.__get__(f))
FunctionType.__defaults__.__set__(f, (9,))
print(f.__defaults__, f(1))
print(type(FunctionType.__code__) is type(type.__dict__["__dict__"]))
