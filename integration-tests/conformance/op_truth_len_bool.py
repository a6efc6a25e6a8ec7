# truth testing: __bool__ beats __len__, __len__ errors and results, default truth, conversions in if/while/not/and/or
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
    def __len__(self):
        return 99
class Ln:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(False)), bool(Ln(0)), bool(Ln(3)), not Ln(0), bool(object()), len(Ln(5)))
for bad in [B(1), B("yes"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [Ln(-1), Ln(1.5), Ln("x"), Ln(2**70)]:
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        len(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 3
print(len(Ln(Idx())) if False else "skip", bool(Ln(True)))
print(Ln(0) or "fallback", Ln(2) and "second", [] or {} or 0, 0.0 or -0.0, "" or None)
n = 0
while Ln(3 - n):
    n += 1
print("while ran", n)
print([x for x in [Ln(0), Ln(1), B(True), B(False)] if x].__len__())
