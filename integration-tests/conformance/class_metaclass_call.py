# metaclasses: __new__/__init__/__call__ order, __prepare__ namespace, class keyword arguments, type() three-argument form
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a, **k)
class Base(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v
b = Base(5)
print(log, b.v, Base.injected, type(Base).__name__)
class Derived(Base):
    pass
print(type(Derived).__name__, log[-2:])
T = type("T", (object,), {"x": 1, "m": lambda self: self.x + 1})
print(T.__name__, T().m(), T.__bases__, type(T))
print(type(5), type("s") is str, type(type), type(object))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
class M2(type):
    def __repr__(cls):
        return "<custom class repr " + cls.__name__ + ">"
class W(metaclass=M2):
    pass
print(W, repr(W), [W])
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
