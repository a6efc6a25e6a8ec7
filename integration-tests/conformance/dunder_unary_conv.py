# Unary operators and conversions: __neg__, __pos__, __abs__, __invert__, __int__, __float__,
# __round__, __str__/__repr__ fallbacks, errors for missing methods.
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return "inverted"

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __round__(self, nd=None):
        return ("round", nd)

    def __repr__(self):
        return f"N({self.v})"


n = N(3)
print(-n, +n, abs(N(-4)), ~n, int(n), float(n), round(n), round(n, 2))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"


class OnlyStr:
    def __str__(self):
        return "OnlyStr!"


print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), [OnlyRepr()], f"{OnlyStr()}")
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
for src in ["-object()", "+object()", "~object()", "abs(object())", "int(object())",
            "float(object())", "round(object())", "~1.5", "-'a'"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)


class BadStr:
    def __str__(self):
        return 5


class BadRepr:
    def __repr__(self):
        return None


class BadInt:
    def __int__(self):
        return "x"


for src in ["str(BadStr())", "repr(BadRepr())", "int(BadInt())", "print(BadStr())"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
