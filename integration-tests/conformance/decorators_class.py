# Class decorators, and decorators on methods (staticmethod/classmethod/property stacked with others).
def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items()) + ")"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    inst = cls()
    return lambda: inst


@add_repr
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(P(1, "a"), repr(P(2, [3])))


@singleton
class S:
    pass


print(S() is S(), type(S()).__name__)
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
class A:
    pass


@register
@add_repr
class B:
    def __init__(self):
        self.v = 0


print(registry, B())


def logged(f):
    def w(*a):
        return "log:" + str(f(*a))
    return w


class M:
    @staticmethod
    @logged
    def s(x):
        return x

    @classmethod
    @logged
    def c(cls, x):
        return cls.__name__ + str(x)

    @property
    @logged
    def p(self):
        return 5


print(M.s(1), M().c(2), M().p)
