# lay-out rules for exception classes (compatible) and slotted classes (conflict when both add slots)
def check(name, *bases):
    try:
        t = type(name, bases, {})
        print("ok", name, [b.__name__ for b in t.__mro__])
    except TypeError as e:
        print("TypeError", name, e)
check("VK", ValueError, KeyError)
check("VT", ValueError, TypeError)
check("KI", KeyError, IndexError)
check("OE", OSError, ValueError)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S0:
    __slots__ = ()
class P:
    pass
check("SS", S1, S2)
check("S0S1", S0, S1)
check("S1P", S1, P)
check("PS1", P, S1)
check("S1I", S1, int)
check("S0I", S0, int)
