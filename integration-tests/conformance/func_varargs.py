# *args and **kwargs in definitions and calls; iterable and mapping unpacking at call sites.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), *range(4, 6)))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(*"ab", **dict(z=0)))


def g(a, b, *rest, c, **others):
    return a, b, rest, c, others


print(g(1, 2, 3, 4, c=5, d=6))
print(g(*range(3), c=0))
args = (10, 20)
kw = {"c": 30, "e": 40}
print(g(*args, **kw))


def kwsum(**kw):
    return sum(kw.values())


print(kwsum(a=1, b=2, c=3), type(f()[0]).__name__)


def t(*a):
    return type(a).__name__, len(a)


print(t(*[]), t(*[1] * 5))
