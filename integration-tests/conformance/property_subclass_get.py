# a property subclass overriding __get__ is used for attribute access; read-only property errors name the attribute, not the getter
class Cached(property):
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return ("cached", super().__get__(inst, owner))
class D:
    @Cached
    def val(self):
        return 42
print(D().val, type(D.__dict__["val"]).__name__, isinstance(D.val, property))
class C:
    def getx(self):
        return 1
    x = property(getx)
    y = property(getx)
c = C()
try:
    c.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class F:
        p = property()
    F().p
except AttributeError as e:
    print(type(e).__name__, e)
