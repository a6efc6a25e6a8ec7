# repr and str of builtin values: nested containers, quotes in strings, recursive containers,
# floats, special values, classes and builtins.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"), repr("\x00\x7f\u00e9\u2603"))
print(repr([1, "a", (2,), {"k": [None]}, {3}]), str([1, "a"]), str(("x",)), repr(()), repr((1,)))
print(repr(1.0), repr(0.1), repr(1e16), repr(1e-5), repr(-0.0), repr(1 / 3), repr(2.5e-10), repr(1e22))
print(str(1.0), str(100.0), repr(float("inf")), repr(float("-inf")), repr(float("nan")), 1e15, 123456789012345678.0)
lst = [1]
lst.append(lst)
print(lst, repr(lst))
d = {"self": None}
d["self"] = d
print(d)
print(repr(None), repr(True), repr(NotImplemented), repr(Ellipsis), repr(...), str(None))
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError), repr(len), repr(print))
print(repr(range(3)), repr(range(1, 5, 2)), repr(slice(1, 2)), repr(slice(None)), repr(set()), repr({}))
print(repr(frozenset()), repr(frozenset([1])), repr({1: {2: {3: ()}}}), str(""), repr(""))
print(repr(ValueError("m")), repr(KeyError("k")), str(KeyError("k")), repr(Exception()), repr(Exception(1, "a")))
print(str(ValueError("m")), str(Exception()), str(Exception(1, "a")), repr(StopIteration(3)))


class C:
    pass


print(repr(C), str(C))
print(ascii("é☃"), ascii([1, "ü"]), str(2 ** 100), repr(-2 ** 63), repr(True + 1))
