# property objects: getter/setter/deleter return new properties, doc from getter, property subclasses, __set_name__-free, errors naming the attribute
class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        "doc of getx"
        return self._x
    def setx(self, v):
        self._x = v
    x = property(getx, setx, None, "explicit doc")
    y = property(getx)
print(C.x.__doc__, C.y.__doc__, C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel)
c = C()
c.x = 5
print(c.x, c.y)
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p2.fset is not None, p1.fset)
class E:
    @property
    def broken(self):
        return self.missing_attr
try:
    E().broken
except AttributeError as e:
    print(type(e).__name__, e)
print(property().fget, property().__doc__, type(property.__get__).__name__ if False else "skip")
try:
    property()(1)
except TypeError as e:
    print(type(e).__name__, e)
