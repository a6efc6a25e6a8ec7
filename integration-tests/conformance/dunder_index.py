# __index__: used for indexing, slicing, hex/bin/oct, range, repetition, operator.index; __int__ is not enough.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class OnlyInt:
    def __int__(self):
        return 2


lst = list("abcdef")
print(lst[I(2)], lst[I(1):I(4)], hex(I(255)), bin(I(5)), oct(I(8)), list(range(I(3))))
print("ab" * I(2), [0] * I(3), (1,) * I(2), int(I(7)), range(10)[I(3)])
print(int(OnlyInt()), f"{I(10):x}" if False else "skip")
for src in ["lst[OnlyInt()]", "hex(OnlyInt())", "range(OnlyInt())", "'a' * OnlyInt()", "lst[1.0]",
"hex(1.5)", "lst[None]", "chr(I(65))"]:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", type(e).__name__, e)


print(True + True, [10, 20][True], "xy"[False])
