# starred and double-starred arguments in calls, displays and their error messages
def f(*args, **kw):
    return args, sorted(kw.items())

print(f(*[1, 2], *(3,), *"ab"))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(1, *range(2), 4, *[], k=1, **{}))
print([*range(3), *"xy", 7])
print((*[1], *[2, 3]))
print({*[1, 2], *(2, 3)} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def g(a, b, c=0, *, d=0):
    return a, b, c, d
print(g(*(1, 2), d=4))
print(g(1, **{"b": 2, "c": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))
print({**M()})
def gen():
    yield 1
    yield 2
print(f(*gen()))
print(max(*[3, 9, 2]))
