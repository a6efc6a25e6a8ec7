# __new__ becomes a staticmethod, __init_subclass__ and __class_getitem__ classmethods, so super() finds them bound (typing.Generic).
class A:
    def __init_subclass__(cls, *args, **kwargs):
        print("A.isc", cls.__name__, args, kwargs)
        super().__init_subclass__(*args, **kwargs)
class B(A):
    def __init_subclass__(cls, *args, **kwargs):
        print("B.isc", cls.__name__)
        super().__init_subclass__(*args, **kwargs)
class C(B): pass
class D:
    @classmethod
    def f(cls, *a):
        return super().__repr__
    @classmethod
    def g(cls, *args, **kwargs):
        return super().__init_subclass__(*args, **kwargs)
print(D.f() is not None)
D.g()
class Gen:
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
class E(Gen, B): pass
class F:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(type(F.__dict__['__new__']).__name__, type(F.__dict__['__init_subclass__']).__name__ if '__init_subclass__' in F.__dict__ else '-',
      type(F.__dict__['__class_getitem__']).__name__, F[int], type(F()).__name__)
print(type(Gen.__dict__['__init_subclass__']).__name__, Gen.__dict__['__init_subclass__'].__func__.__name__)
import typing
T = typing.TypeVar('T')
class Box(typing.Generic[T]):
    pass
class IntBox(Box[int]):
    pass
print(Box[int], IntBox.__orig_bases__, IntBox.__parameters__)
