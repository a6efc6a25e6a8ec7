# type.__call__ protocol: __new__ then __init__ only if __new__ returns an instance of the class, __init__ must return None, arguments errors
log = []
class A:
    def __new__(cls, *args):
        log.append(("new", cls.__name__, args))
        return super().__new__(cls)
    def __init__(self, *args):
        log.append(("init", args))
a = A(1, 2)
print(log)
log.clear()
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        log.append("never")
print(Other(), log)
class Sub:
    def __new__(cls):
        return object.__new__(SubSub)
    def __init__(self):
        log.append("init on subclass instance")
class SubSub(Sub):
    pass
print(type(Sub()).__name__, log)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(3).x)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(OnlyNew(7).x)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntSub(21), type(IntSub(1)).__name__)
class StrSub(str):
    def __init__(self, v):
        self.extra = v.upper()
s = StrSub("abc")
print(s, s.extra)
