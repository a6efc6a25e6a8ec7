# user exception classes: custom __init__/__str__/__repr__, extra attributes, args rules, inheritance from multiple builtins
class AppError(Exception):
    pass
class NotFound(AppError, LookupError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where
class WithStr(Exception):
    def __str__(self):
        return "custom str " + str(len(self.args))
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
try:
    raise NotFound("k1")
except LookupError as e:
    print(type(e).__name__, e, e.args, e.key, e.where, isinstance(e, AppError), [c.__name__ for c in type(e).__mro__])
print(str(WithStr(1, 2)), repr(WithStr(1)), repr(WithRepr("x")), str(WithRepr("x")))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(e.args, str(e), repr(e))
class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(repr(KwOnly(code=5)), KwOnly(code=5).code)
try:
    KwOnly(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
class NewOverride(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "forced")
        return inst
print(NewOverride("given").args)
class Base(BaseException):
    pass
try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("wrong")
except BaseException as ex:
    print("caught as BaseException", repr(ex))
class Uncaught(AppError):
    def __init__(self, n):
        super().__init__(n)
        self.n = n
    def __str__(self):
        return f"failure #{self.n}"
raise Uncaught(3)
