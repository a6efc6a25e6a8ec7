# getattr/setattr/hasattr/delattr with defaults and errors; vars(), dir()-free checks.
class O:
    cls = "c"

    @property
    def broken(self):
        raise ValueError("property raised")


o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls"), getattr(o, "nope", "dflt"), hasattr(o, "x"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    hasattr(o, "broken")
except ValueError as e:
    print("hasattr propagates", e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
print(getattr(5, "__class__").__name__, getattr("s", "upper")(), getattr(O, "cls"))
setattr(O, "added", 7)
print(o.added)
print(hasattr(None, "__class__"), getattr(None, "x", None))
try:
    getattr()
except TypeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
