# Closures: nonlocal counters, late binding in loops, cells shared between inner functions.
def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc(5)
print(get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        return inner()

    r = middle()
    return r, x


print(outer())


def make_adders():
    adders = []
    for k in range(3):
        def add(v, k=k):
            return v + k
        adders.append(add)
    return adders


print([a(10) for a in make_adders()])


def late():
    def show():
        return y
    y = 42
    return show


print(late()())


def unbound_free():
    def show():
        return z
    r = None
    try:
        show()
    except NameError as e:
        r = (type(e).__name__, str(e))
    z = 1
    return r


print(unbound_free())
