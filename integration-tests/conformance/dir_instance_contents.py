# dir() of instances lists instance attributes, class attributes and inherited object members, sorted, including __dict__/__weakref__/__module__
class P:
    __slots__ = ("x",)
class Child(P):
    cls_attr = 1
    def method(self):
        pass
c = Child()
c.extra = 2
d = dir(c)
print(d == sorted(d), [n for n in d if not n.startswith("__") or n in ("__dict__", "__weakref__", "__module__", "__slots__")])
print(len([n for n in dir(object()) if n.startswith("__")]) > 20, "x" in dir(P()))
