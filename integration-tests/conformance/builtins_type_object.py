# object(), type(), id-free identity checks, isinstance edge cases, object methods (__eq__, __ne__, __hash__, __reduce_ex__ absence not tested)
o = object()
print(type(o).__name__, o == o, o != object(), o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__class__.__name__, bool(o))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __init__(self, v):
        self.v = v
try:
    object.__new__(C).v
except AttributeError as e:
    print(type(e).__name__, e)
x = object.__new__(C)
object.__init__(x)
print(type(x).__name__, hasattr(x, "v"))
try:
    object.__init__(x, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(C, type), isinstance(type, object), isinstance(object, type), issubclass(type, object), issubclass(object, object))
print(type(C(1)).__name__, type(C).__name__, type(len).__name__, type([].append).__name__, type(C.__init__).__name__, type(C(1).__init__).__name__)
print(type(print).__name__, type(type).__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(object.__name__, object.__str__(5), object.__repr__(C).startswith("<class"), object.__format__(7, ""))
print(C.__init__ is C.__dict__["__init__"], object.__hash__ is not None)
