# __hash__ and __eq__: defining __eq__ alone makes a class unhashable; explicit __hash__; dict/set use.
class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        print("eq", self.k, o.k)
        return self.k == o.k

    def __hash__(self):
        return hash(self.k)


d = {Key(1): "one"}
print(d[Key(1)])
print(Key(2) in d, len({Key(3), Key(3)}))


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), {p: 1}[p])




class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), {1: "a", 1.0: "b", True: "c"})
for v in [[1], {}, set(), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.0))

