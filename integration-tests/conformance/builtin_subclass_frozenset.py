# frozenset subclass: overrides honoured by operators, ignored by the frozenset() copy; repr
class FS(frozenset):
    def __contains__(self, x):
        return x == "any"
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(["it"])
f = FS([1, 2])
print("any" in f, 1 in f, len(f), list(f), sorted(frozenset(f)), type(f | {3}).__name__, f == frozenset([1, 2]))
print(hash(f) == hash(frozenset([1, 2])), repr(FS()), repr(FS([5])))
