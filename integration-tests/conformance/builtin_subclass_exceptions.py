# subclasses of KeyError, OSError, StopIteration, UnicodeError, BaseException, ExceptionGroup, with __new__
class KE(KeyError):
    def __str__(self):
        return "KE-str"
try:
    raise KE("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
class OE(OSError):
    pass
o = OE(2, "No such")
print(o.errno, o.strerror, str(o), type(o).__name__)
class SI(StopIteration):
    pass
print(SI(5).value)
class UE(UnicodeError):
    pass
print(repr(UE("u")))
class BE(BaseException):
    def __repr__(self):
        return "BE-repr"
print(repr(BE()), str(BE("s")))
class EG(ExceptionGroup):
    pass
eg = EG("msg", [ValueError(1)])
print(type(eg).__name__, eg.message, repr(eg.exceptions))
class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, "fixed")
        return self
    def __init__(self, *args):
        pass
print(WithNew(1, 2).args)
