# implicit special-method lookup bypasses __getattribute__ and __getattr__ and instance attributes; explicit lookup does not
log = []
class Meta(type):
    pass
class C:
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __getattr__(self, name):
        return lambda *a: "from __getattr__ " + name
c = C()
print(len(c), log)
log.clear()
print(c.__len__(), log)
log.clear()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e, log)
print(c.__iter__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
d.__str__ = lambda: "instance str"
print(repr(d).startswith("<__main__.D object"), str(d).startswith("<__main__.D object"), d.__repr__())
d.__add__ = lambda o: 1
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __getattr__(self, name):
        if name == "__call__":
            return lambda: "called"
        raise AttributeError(name)
try:
    E()()
except TypeError as e:
    print(type(e).__name__, e)
print(E().__call__())
