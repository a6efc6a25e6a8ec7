# instance lay-out conflicts between builtin bases and slotted classes
def check(name, *bases):
    try:
        t = type(name, bases, {})
        print("ok", name, [b.__name__ for b in t.__mro__])
    except TypeError as e:
        print("TypeError", name, e)
check("IS", int, str)
check("LD", list, dict)
check("TL", tuple, list)
check("FI", float, int)
check("BS", bytes, str)
check("SetF", set, frozenset)
check("DE", dict, Exception)
check("IE", int, Exception)
check("LI", list, object)
class MyInt(int):
    pass
class MyStr(str):
    pass
check("MM", MyInt, MyStr)
check("MI", MyInt, int)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S0:
    __slots__ = ()
class P:
    pass
try:
    class X(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
class D1(dict):
    pass
class D2(dict):
    pass
check("DD", D1, D2)
check("TypeInt", type, int)
