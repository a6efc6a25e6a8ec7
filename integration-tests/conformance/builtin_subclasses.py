# Subclasses of builtin types: constructors pass their arguments on, __missing__, overridden methods,
# extra attributes, results of inherited operations have the base type.
class D(dict):
    pass


class Defaulting(dict):
    def __missing__(self, key):
        return key * 2


class L(list):
    def total(self):
        return sum(self)


class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


print(D(a=1), D({"b": 2}, c=3), len(D(x=0)), type(D()).__name__)
d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
lst = L([1, 2, 3])
print(lst, lst.total(), len(lst), type(lst + [4]).__name__, lst[1:], type(lst[1:]).__name__)
lst.extra = "attr"
print(lst.extra, L("ab"), L(), L(range(3)) == [0, 1, 2])
s = S("hello")
print(s, s.upper(), type(s.upper()).__name__, len(s), s == "hello", isinstance(s, str), repr(s))
print(I(5) + 1, type(I(5) + 1).__name__, I("12"), I(3.9), I(), repr(I(7)), I(2) == 2)
print(T([1, 2]), T("ab"), len(T(range(4))), T() == ())
print(isinstance(lst, list), issubclass(L, list), L.__mro__[1].__name__, D.__bases__[0].__name__)
