# Container special methods: __getitem__/__setitem__/__delitem__ with ints, slices and tuples,
# __len__, __reversed__.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


g = Grid()
print(g[1], g[1:2], g[::2], g[1, 2], g[1:2, ::3], g[...], g["k"])
g[0] = "a"
g[1:3] = "b"
g[1, 2] = "c"
del g[5]
del g[:]




class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]

    def __reversed__(self):
        return iter("custom")


print(list(reversed(Rev())))


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i


print(list(reversed(SeqOnly())))
try:
    reversed(object())
except TypeError as e:
    print(e)
try:
    Grid()["x"] = 1
    Rev()[0] = 1
except TypeError as e:
    print(e)
try:
    del Rev()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
