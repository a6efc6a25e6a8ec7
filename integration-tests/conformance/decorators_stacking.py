# decorators: application order (bottom-up), evaluation order of decorator expressions (top-down), args, class decorators, returning non-callables
order = []
def deco(name):
    order.append("make " + name)
    def wrap(f):
        order.append("apply " + name)
        def inner(*a, **k):
            return name + "(" + str(f(*a, **k)) + ")"
        inner.__name__ = f.__name__
        inner.__wrapped__ = f
        return inner
    return wrap
@deco("outer")
@deco("inner")
def base(x):
    return x * 2
print(order, base(5), base.__name__, base.__wrapped__.__name__)
def register(registry):
    def d(cls):
        registry.append(cls.__name__)
        cls.registered = True
        return cls
    return d
reg = []
@register(reg)
class Plugin:
    pass
print(reg, Plugin.registered)
@lambda f: 42
def replaced():
    pass
print(replaced)
items = [lambda f: f.__name__.upper()]
@items[0]
def named():
    pass
print(named)
class Holder:
    def __init__(self):
        self.d = lambda f: ("held", f.__name__)
h = Holder()
@h.d
def via_attr():
    pass
print(via_attr)
def counting(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counting
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls)
class Meth:
    @staticmethod
    @counting
    def s(x):
        return x
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    @counting
    def p(self):
        return "prop"
m = Meth()
print(Meth.s(1), m.s(2), Meth.c(), m.c(), m.p, Meth.__dict__["s"].__func__.calls)
