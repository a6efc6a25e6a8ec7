# mutating a class after instances exist: new methods, replaced methods, special methods, deletion
class A:
    def m(self):
        return "m1"
class B(A):
    pass
a = A()
b = B()
print(a.m(), b.m())
A.m = lambda self: "m2"
print(a.m(), b.m())
B.m = lambda self: "bm"
print(a.m(), b.m())
del B.m
print(b.m())
A.n = 10
print(a.n, b.n)
a.n = 11
A.n = 12
print(a.n, b.n)
# special methods added after creation
try:
    len(a)
except TypeError as e:
    print("TypeError", e)
A.__len__ = lambda self: 7
print(len(a), len(b))
A.__add__ = lambda self, o: ("add", o)
print(a + 1, b + 2)
A.__repr__ = lambda self: "<A!>"
print(repr(a), str(b), f"{a}")
A.__eq__ = lambda self, o: True
A.__hash__ = lambda self: 5
print(a == 1, hash(b))
A.__iter__ = lambda self: iter([1, 2])
print(list(a), [*b])
A.__call__ = lambda self, *args: ("called", args)
print(a(1), b())
A.__getitem__ = lambda self, k: k * 2
print(a[3])
A.__bool__ = lambda self: False
print(bool(a), "yes" if b else "no")
del A.__len__, A.__bool__
print(bool(a))
try:
    len(a)
except TypeError as e:
    print("TypeError", e)
A.__getattr__ = lambda self, name: "missing:" + name
print(a.zzz, b.qqq)
del A.__getattr__
try:
    a.zzz
except AttributeError as e:
    print("AttributeError", e)
# setattr() on a class and on a subclass shadows
setattr(A, "k", 1)
setattr(B, "k", 2)
print(a.k, b.k)
delattr(B, "k")
print(b.k)
# mutating methods used by a loop
class Counter:
    def step(self):
        return 1
cs = [Counter() for _ in range(3)]
total = 0
for i in range(6):
    if i == 3:
        Counter.step = lambda self: 10
    total += sum(c.step() for c in cs)
print(total)
# changing __init__ affects later constructions only
class P:
    def __init__(self):
        self.v = 1
p1 = P()
P.__init__ = lambda self: setattr(self, "v", 2)
p2 = P()
print(p1.v, p2.v)
# assignment to builtin types is refused
for t, name in [(int, "foo"), (list, "append"), (object, "x")]:
    try:
        setattr(t, name, 1)
    except TypeError as e:
        print("TypeError", e)
try:
    del A.nope
except AttributeError as e:
    print("AttributeError", e)
# class __dict__ is a read-only mappingproxy
try:
    A.__dict__["z"] = 1
except TypeError as e:
    print("TypeError", e)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A).endswith("A'>"))
A.__qualname__ = "Q.A"
print(repr(A))
A.__doc__ = "doc!"
print(A.__doc__, a.__doc__)
A.__module__ = "mod"
print(repr(A))
