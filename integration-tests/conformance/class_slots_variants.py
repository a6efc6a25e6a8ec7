# __slots__: blocking new attributes, slots with __dict__, inheritance mixing slotted and unslotted classes, unset slot errors, class attr conflicts
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
print(hasattr(p, "y"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)
class Child(P):
    pass
c = Child(5)
c.extra = "child has dict"
print(c.x, c.extra)
class SlotChild(P):
    __slots__ = ("z",)
sc = SlotChild(1)
sc.z = 3
print(sc.x, sc.z, hasattr(sc, "__dict__"))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
class StrSlot:
    __slots__ = "single"
s = StrSlot()
s.single = "one"
print(s.single, StrSlot.__slots__, type(StrSlot.__dict__["single"]).__name__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
