# Function decorators: plain, with arguments, stacked (order), returning non-functions.
calls = []


def trace(fn):
    def wrapper(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    return wrapper


def times(n):
    def deco(fn):
        def w(x):
            for _ in range(n):
                x = fn(x)
            return x
        return w
    return deco


def tag(label):
    def deco(fn):
        def w(*a):
            return label + "(" + str(fn(*a)) + ")"
        return w
    return deco


@trace
def add(a, b):
    return a + b


@times(3)
def double(x):
    return x * 2


@tag("outer")
@tag("inner")
def val(x):
    return x


print(add(2, 3), add.__name__, calls)
print(double(1))
print(val(7))
order = []


def mark(name):
    order.append("make " + name)

    def d(f):
        order.append("apply " + name)
        return f
    return d


@mark("a")
@mark("b")
def h():
    pass


print(order)


@len
@str
def weird():
    pass


print(type(weird).__name__, weird > 5)


def register(registry):
    def d(f):
        registry[f.__name__] = f
        return f
    return d


reg = {}


@register(reg)
def one():
    return 1


print(sorted(reg), reg["one"]())
print((lambda f: f)(lambda: 3)())
