# Truth testing: __bool__, __len__ fallback, default True, errors for bad return values.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not L(0), "yes" if L(2) else "no", len(L(7)))
for obj, label in [(B(1), "bool returns int"), (B("x"), "bool returns str")]:
    try:
        print(label, bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(e)
print(bool(0), bool(0.0), bool(""), bool(()), bool([]), bool({}), bool(set()), bool(None), bool(range(0)))
print(bool(-1), bool(0.1), bool(" "), bool((0,)), bool([[]]), bool({0: 0}), bool(range(1)))


class BoolSub(int):
    pass


print(bool(BoolSub(0)), bool(BoolSub(2)))
