# function attribute assignment details: __annotations__ must be a dict, __dict__ replaceable, error messages use the (assigned) __qualname__
def f(a, b=1):
    return a + b
f.__qualname__ = "Some.renamed"
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__annotations__ = 1
except TypeError as e:
    print(type(e).__name__, e)
f.__dict__ = {"replaced": True}
print(f.replaced)
try:
    f.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del f.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def with_ann(x: int) -> str:
    pass
del with_ann.__annotations__
print(with_ann.__annotations__)
