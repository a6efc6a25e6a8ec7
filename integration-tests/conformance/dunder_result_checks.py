# Results of special methods are checked: __len__, __index__, __hash__, __bool__, __str__, __repr__,
# __int__, __float__, __iter__ returning the wrong type or an out-of-range value.
class R:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

    def __index__(self):
        return self.v

    def __hash__(self):
        return self.v

    def __float__(self):
        return self.v

    def __int__(self):
        return self.v


cases = [
    ("bool(R(-1))", ValueError), ("len(R(-1))", ValueError), ("len(R('3'))", TypeError),
    ("bool(R(2.0))", TypeError), ("len(R(2 ** 70))", OverflowError), ("bool(R(2 ** 70))", OverflowError),
    ("[1, 2][R('x')]", TypeError), ("hex(R(1.5))", TypeError), ("range(R('a'))", TypeError),
    ("hash(R('str'))", TypeError), ("hash(R(2 ** 70)) == hash(2 ** 70)", None), ("hash(R(True))", None),
    ("float(R('x'))", TypeError), ("int(R(2.5))", TypeError), ("len(R(True))", None),
    ("[0] * R(2)", None), ("'ab'[R(-1)]", None),
]
for src, exc in cases:
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e, type(e) is exc)
