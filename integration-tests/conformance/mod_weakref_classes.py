# Weak references to classes, whatever their metaclass (abc.ABCMeta's classes are what
# WeakSet-based ABC registries hold); fractions builds on that.
import abc
import weakref
from fractions import Fraction


class A(abc.ABC):
    pass


class Meta(type):
    pass


class B(metaclass=Meta):
    pass


for cls in [A, B, int, type]:
    r = weakref.ref(cls)
    print(cls.__name__, r() is cls)
s = weakref.WeakSet([A, B])
print(len(s), A in s)
print(Fraction(*(1.5).as_integer_ratio()), Fraction(3, 4) + Fraction(1, 4), Fraction('0.125'))
print(isinstance(Fraction(1, 2), __import__('numbers').Rational))
