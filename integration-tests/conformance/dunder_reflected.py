# Binary operators: __op__ then the reflected __rop__, NotImplemented, TypeError messages.
class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd with", o)
        if isinstance(o, int):
            return V(o + self.v)
        return NotImplemented

    def __mul__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return "rsub(" + repr(o) + ")"

    def __repr__(self):
        return "V(" + repr(self.v) + ")"


print(V(1) + V(2), V(1) + 5, 5 + V(1))
print(10 - V(3))
for expr in [lambda: V(1) + "s", lambda: "s" + V(1), lambda: V(1) * 2, lambda: 2 * V(1),
             lambda: V(1) - V(2), lambda: V(1) / 2, lambda: V(1) ** 2, lambda: V(1) @ V(1),
             lambda: V(1) << 1, lambda: V(1) & 1, lambda: V(1) % 3, lambda: divmod(V(1), 2)]:
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))


class Pow:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)

    def __rpow__(self, o):
        return ("rpow", o)


print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3))
