# Keyword-only parameters: after * and after *args, required and defaulted, error messages.
def f(a, *, b, c=3):
    return a, b, c


print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=1))
for call in (lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(b=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


def g(*args, key, other=None):
    return args, key, other


print(g(key=1), g(1, 2, key=3), g(other=4, key=5))
try:
    g(1, 2)
except TypeError as e:
    print(e)


def h(*, x, y):
    return x - y


print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
try:
    h(x=1, y=2, z=3)
except TypeError as e:
    print(e)
