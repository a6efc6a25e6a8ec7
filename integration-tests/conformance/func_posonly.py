# Positional-only parameters (PEP 570) and their error messages.
def f(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e


print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)


def g(a, /, **kw):
    return a, kw


print(g(1, a=2))


def h(x=1, /, y=2):
    return x, y


print(h(), h(5), h(5, 6), h(y=7))
try:
    h(x=3)
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)


def k(a, b, /):
    return a + b


try:
    k(1)
except TypeError as e:
    print(e)
print(divmod(7, 2), pow(2, 5))
try:
    len(obj=[])
except TypeError as e:
    print(e)
