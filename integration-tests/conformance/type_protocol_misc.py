# small type-protocol attributes: object.__class__, __weakref__ on classes, class keywords passed to __prepare__, super.__thisclass__/__self__/__self_class__
print(object.__class__, type.__class__, int.__class__)
class A:
    pass
print(hasattr(A, "__weakref__"), "__weakref__" in A.__dict__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare kw", sorted(kw.items()))
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=Meta, flag=True, level=2):
    pass
class B(A):
    pass
s = super(A, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
