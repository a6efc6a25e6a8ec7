# Attributes and methods of type objects: mro(), __dict__ as a read-only mappingproxy, __subclasses__(),
# __doc__, __name__ assignment, __class__ assignment on instances, type.__prepare__.
class A:
    "doc of A"
    x = 1


class B(A):
    pass


class C(A):
    pass


print([k.__name__ for k in B.mro()], type.mro(B) == list(B.__mro__))
print(type(A.__dict__).__name__, A.__dict__["x"], "x" in A.__dict__, A.__doc__, B.__doc__)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in A.__subclasses__()])
B.__name__ = "Renamed"
print(B.__name__, B.__qualname__, repr(B))
b = B()
b.__class__ = C
print(type(b).__name__, isinstance(b, C))
print(type.__prepare__("N", ()), type(int.__dict__).__name__, int.__name__, int.__qualname__)
print(object.__doc__[:20], type(object.__init_subclass__).__name__)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = str
except TypeError as e:
    print(type(e).__name__, e)
