# NotImplemented and Ellipsis objects: repr, type names, singletons, reduce-free behaviour, use as markers
print(repr(NotImplemented), str(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
print(repr(Ellipsis), repr(...), type(...).__name__, ... is Ellipsis, Ellipsis == ..., hash(...) == hash(Ellipsis))
print(bool(...), [...] == [Ellipsis], {...: 1}[Ellipsis])
class X:
    def __eq__(self, o):
        return NotImplemented
print(X() == X(), X() != X(), X() == 1)
print(int.__add__(1, "a"), float.__mul__(1.0, "x"), str.__eq__("a", 1), list.__lt__([], 1), (1).__eq__(1.5))
print(type(NotImplemented)() is NotImplemented if False else "skip", NotImplemented.__class__.__name__)
def f(a=..., b=None):
    return a is ..., b
print(f(), f(1))
arr = [[1, 2], [3, 4]]
class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[..., 0], Grid()[1, ...])
