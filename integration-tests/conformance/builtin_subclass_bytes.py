# bytes subclass: len/getitem/iter/contains/str overrides, __new__, instance dict
class By(bytes):
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return "item"
    def __iter__(self):
        return iter("xy")
    def __contains__(self, x):
        return True
b = By(b"abc")
print(len(b), b[0], list(b), 5 in b, bytes(b), b.upper(), type(b.upper()).__name__, b == b"abc")
print(b.decode(), b + b"d", type(b + b"d").__name__, repr(b), b.hex())
class By2(bytes):
    def __new__(cls, x):
        return super().__new__(cls, x * 2)
    def __str__(self):
        return "By2-str"
b2 = By2(b"ab")
print(b2, repr(b2), len(b2), b2.x if hasattr(b2, "x") else "nox")
b2.x = 1
print(b2.x, b2.__dict__)
