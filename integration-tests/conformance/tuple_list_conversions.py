# conversions between sequence types and their identity rules: tuple(tuple) is the same object, list() always copies, str/bytes iterables
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2], tuple([1, 2]) == t, list(list(t)) is not list(t))
s = "abc"
print(str(s) is s, tuple(s), list(s), list(b"ab"), tuple(bytearray(b"c")), list(range(3)), tuple(range(0)))
print(list({1: "a", 2: "b"}), list({1: "a"}.items()), tuple({3}), sorted(frozenset([2, 1])), list(reversed((1, 2, 3))))
print(list(map(str, (1, 2))), tuple(zip("ab", "cd")), list(enumerate("x")), dict([(1, 2)]), set((1, 1, 2)) == {1, 2})
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError(i)
print(list(Seq()), tuple(Seq()), sum(Seq()), 4 in Seq(), sorted(Seq(), reverse=True))
class LenHint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 1000
print(list(LenHint()))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
print(list("") == [], tuple() == (), list(()) == [], [] is not [], () == ())
