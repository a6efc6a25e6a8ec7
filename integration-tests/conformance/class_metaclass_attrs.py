# attributes defined on a metaclass: visible from the class, not from instances; metaclass methods vs classmethods; metaclass properties
class Meta(type):
    meta_attr = "on metaclass"
    def meta_method(cls):
        return "meta_method of " + cls.__name__
    @property
    def meta_prop(cls):
        return "meta_prop of " + cls.__name__
class A(metaclass=Meta):
    pass
print(A.meta_attr, A.meta_method(), A.meta_prop)
a = A()
for name in ["meta_attr", "meta_method", "meta_prop"]:
    try:
        getattr(a, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(A, "meta_attr"), "meta_attr" in dir(A), "meta_attr" in A.__dict__)
class B(A):
    meta_attr = "shadowed on class"
print(B.meta_attr, type(B).meta_attr, B.meta_method())
class M2(type):
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(["x", "y"])
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __contains__(cls, item):
        return item == "magic"
class C(metaclass=M2):
    pass
print(len(C), list(C), C[5], "magic" in C, "other" in C)
class M3(type):
    def __call__(cls, *a):
        return ("intercepted", cls.__name__, a)
class D(metaclass=M3):
    def __init__(self, *a):
        raise AssertionError("never")
print(D(1, 2))
print(type(A), type(type(A)), isinstance(A, Meta), issubclass(Meta, type), Meta.__mro__[1] is type)
