# PEP 560: __mro_entries__ is looked up on the base object itself (an attribute of a function
# counts), which typing.NamedTuple relies on
import typing
def Factory(): pass
class B: pass
Factory.__mro_entries__ = lambda bases: (B,)
class X(Factory): pass
print(X.__mro__, X.__orig_bases__ == (Factory,))
class NT(typing.NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT.__annotations__, NT._fields, NT(2, 'y')._replace(a=3))
class P:
    def __mro_entries__(self, bases): return (B,)
p = P()
p.__mro_entries__ = 5  # an instance attribute wins, and must be callable
try:
    class Y(p): pass
except TypeError as e:
    print(type(e).__name__, e)
