# property: getter, setter, deleter, decorator and call forms, read-only errors, docstrings,
# properties on the class, inheritance and overriding.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "temperature in C"
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)


class Manual:
    def _get(self):
        return "got"

    def _set(self, v):
        print("set", v)

    x = property(_get, _set, None, "manual doc")
    ro = property(lambda self: "read only")


m = Manual()
m.x = 3
print(m.x, Manual.x.__doc__, m.ro, Manual.x.fget is Manual._get, Manual.ro.fset)


class Sub(Temp):
    @property
    def celsius(self):
        return "overridden"


print(Sub().celsius)
s = Sub()
try:
    s.celsius = 5
except AttributeError as e:
    print(e)
t.__dict__["celsius"] = "instance dict"
print(t.celsius)
