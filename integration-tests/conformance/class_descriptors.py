# descriptor protocol: data vs non-data precedence, __set_name__, __get__ with None instance, property setter/deleter
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, inst, owner):
        if inst is None:
            return "class access via " + owner.__name__
        return getattr(inst, self.name, "unset")
    def __set__(self, inst, value):
        setattr(inst, self.name, value * 2)
class NonData:
    def __get__(self, inst, owner):
        return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
print(C.d, c.d)
c.d = 5
print(c.d, c._d)
c.__dict__["d"] = "instance dict loses to data descriptor"
print(c.d)
print(c.n)
c.__dict__["n"] = "instance dict wins over non-data"
print(c.n)
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v property"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        self._v = None
p = P()
p.v = 3
print(p.v, P.v.__doc__, type(P.v).__name__)
try:
    p.v = -1
except ValueError as e:
    print(type(e).__name__, e)
del p.v
print(p.v)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del RO().x
except AttributeError as e:
    print(type(e).__name__, e)
class Method:
    def m(self):
        return self
mm = Method()
print(Method.m(1), mm.m() is mm, Method.__dict__["m"].__get__(mm, Method)() is mm, type(mm.m).__name__)
bm = mm.m
print(bm.__self__ is mm, bm.__func__ is Method.m, bm == mm.m, bm is mm.m)
prop = property(lambda self: 42)
class Q:
    x = prop
print(Q().x, prop.fget is not None, prop.fset, prop.fdel)
