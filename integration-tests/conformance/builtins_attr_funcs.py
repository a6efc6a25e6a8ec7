# getattr/setattr/delattr/hasattr with defaults and errors, including non-string names and properties raising
class C:
    a = 1
    @property
    def boom(self):
        raise ValueError("property raised")
    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")
c = C()
print(getattr(c, "a"), getattr(c, "zz", "dflt"), hasattr(c, "a"), hasattr(c, "zz"), hasattr(c, "attr_err"))
setattr(c, "b", 2)
print(c.b, getattr(c, "b"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    hasattr(c, "boom")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "boom", "default does not hide ValueError")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(c, "attr_err", "default hides AttributeError"))
for call in [lambda: getattr(c, 1), lambda: setattr(c, 1, 1), lambda: delattr(c, "nope"), lambda: getattr(c, "nope"), lambda: getattr(c),
             lambda: setattr(1, "x", 1), lambda: setattr(object(), "x", 1), lambda: delattr(c, "a")]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
setattr(C, "cls_attr", "set on class")
print(c.cls_attr, getattr(C, "cls_attr"))
delattr(C, "cls_attr")
print(hasattr(c, "cls_attr"))
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "__len__")(), getattr(int, "__name__"))
