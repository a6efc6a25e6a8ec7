# a special method set to None blocks the protocol: __bool__, __iter__, __contains__, __hash__, __len__, __reversed__
class BoolNone:
    __bool__ = None
    def __len__(self):
        return 1
class IterNone:
    __iter__ = None
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for call in [lambda: bool(BoolNone()), lambda: iter(IterNone()), lambda: 1 in ContainsNone(), lambda: reversed(RevNone())]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
