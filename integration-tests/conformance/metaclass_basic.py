# Metaclasses: __new__ and __init__ of the metaclass, __call__ controlling instantiation, metaclass
# inheritance, keyword arguments, __prepare__, type(name, bases, dict).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class A(metaclass=Meta, tag="t"):
    x = 1

    def __init__(self, v):
        self.v = v


a = A(5)
print(a.v, A.tag, type(A).__name__, isinstance(A, Meta))


class B(A):
    pass


print(type(B).__name__, B.tag)


class Singleton(type):
    instances = {}

    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]


class Conf(metaclass=Singleton):
    pass


print(Conf() is Conf())
T = type("T", (object,), {"val": 3, "get": lambda self: self.val * 2})
print(T.__name__, T().get(), type(T).__name__, T.__bases__)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}


class P(metaclass=Ordered):
    pass


print(P.injected)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
