# Default parameter values: evaluated once at def time, shared mutable defaults, __defaults__.
counter = 0


def next_val():
    global counter
    counter += 1
    return counter


def f(a, b=next_val(), c=next_val()):
    return (a, b, c)


print(f(0), f(0, 9), f(0, c=7), counter)


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def g(a, b=None, *, c=5, d):
    return a, b, c, d


print(g(1, d=2), g(1, 2, c=3, d=4))
x = 10


def h(v=x):
    return v


x = 20
print(h(), h(3))


def none_defaults(a=None, b=()):
    return a, b


print(none_defaults(), f.__name__)
