# class-level dunders: __name__, __qualname__, __module__, __doc__, __dict__ keys, __bases__, __mro__, __class__, vars, isinstance/issubclass with tuples
class Outer:
    """Outer doc."""
    class Inner:
        pass
    def meth(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer().meth().__qualname__, Outer.__module__, Outer.__doc__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "__doc__" in Outer.__dict__, Outer.__bases__, Outer.Inner.__doc__)
o = Outer()
o.a = 1
print(vars(o), o.__dict__, o.__class__ is Outer, type(o) is Outer)
o.__dict__["b"] = 2
print(o.b, sorted(vars(o)))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(B(), (C, A)), issubclass(B, (C,)), issubclass(B, B), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Chk(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Virtual(metaclass=Chk):
    pass
print(isinstance("magic", Virtual), isinstance("other", Virtual), issubclass(int, Virtual), issubclass(str, Virtual))
print(object.__bases__, object.__mro__, type.__mro__, int.__bases__, bool.__mro__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(A.__name__, str(A).replace("__main__", "M"), repr(B()).split(" object")[0])
A.__doc__ = "set later"
print(A.__doc__, hasattr(A(), "__dict__"))
