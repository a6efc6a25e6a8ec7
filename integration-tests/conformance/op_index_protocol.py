# __index__ used by indexing, slicing, range, bin/hex, repetition, int(), operator results validated
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(2)], lst[I(1):I(4)], "abc" * I(2), [0] * I(3), range(I(3)), bin(I(5)), hex(I(255)), int(I(7)) if hasattr(I, "__int__") else "no __int__")
print((1, 2, 3)[I(-1)], b"xyz"[I(0)], range(10)[I(2)], lst[::I(3)])
class BadIdx:
    def __index__(self):
        return "str"
for call in [lambda: lst[BadIdx()], lambda: lst[I(1.5)], lambda: "a" * BadIdx(), lambda: range(BadIdx())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(int(I(9)) if False else "int() without __int__ uses __index__:", int(I(9)))
print(round(2.5, I(0)), divmod(I(7).__index__(), 2), [1, 2, 3].pop(I(0)))
try:
    [1][I(5)]
except IndexError as e:
    print(type(e).__name__, e)
