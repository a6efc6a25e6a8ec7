# subclasses of int/float/str/list overriding __repr__/__str__: which one print, str(), repr(), f-strings and format use
class I(int):
    def __repr__(self):
        return "I-repr"
    def __str__(self):
        return "I-str"
i = I(5)
print(i, str(i), repr(i), f"{i}", f"{i!r}", format(i, ""), format(i, "d"), "%s %r %d" % (i, i, i), [i], i + 1)
class S(str):
    def __str__(self):
        return "S-str"
s = S("val")
print(s, str(s), repr(s), f"{s}", format(s, ""), "{}".format(s), s + "!", [s])
class F(float):
    def __repr__(self):
        return "F-repr"
f = F(1.5)
print(f, str(f), repr(f), f"{f}", f"{f:.2f}", [f])
class L(list):
    def __repr__(self):
        return "L-repr"
l = L([1])
print(l, str(l), repr(l), f"{l}", [l], (l,))
class B(int):
    pass
print(B(3), repr(B(3)), f"{B(3):>4}", str(B(-1)))
