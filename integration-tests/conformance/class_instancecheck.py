# __instancecheck__ / __subclasscheck__ on metaclasses, and how isinstance/issubclass use them
log = []
class Meta(type):
    def __instancecheck__(cls, inst):
        log.append(("inst", cls.__name__, type(inst).__name__))
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        log.append(("sub", cls.__name__, getattr(sub, "__name__", sub)))
        return sub is int
class Magic(metaclass=Meta):
    pass
class Child(Magic):
    pass
print(isinstance("magic", Magic), isinstance(3, Magic), issubclass(int, Magic), issubclass(str, Magic))
# exact type match short-circuits __instancecheck__
print(isinstance(Magic(), Magic), log[-1])
print(isinstance(Child(), Magic), log[-1])
print(issubclass(Child, Magic), log[-1])
log.clear()
print(isinstance("magic", (int, Magic)), isinstance(1, (int, Magic)), log)
log.clear()
print(issubclass(int, (str, Magic)), log)
# truthiness of the result
class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]
    def __subclasscheck__(cls, sub):
        return 0
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), issubclass(int, T))
# defined on the class itself (not the metaclass): ignored for isinstance
class OnClass:
    def __instancecheck__(self, inst):
        return True
    @classmethod
    def __subclasscheck__(cls, sub):
        return True
print(isinstance(1, OnClass), issubclass(int, OnClass))
# errors
class Raises(type):
    def __instancecheck__(cls, inst):
        raise ValueError("nope")
class R(metaclass=Raises):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError", e)
print(isinstance(R(), R))
for args in [(1, 1), (1, (int, 2)), (1, "x")]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (int, 1), (int, (str, 1))]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError", e)
# union types
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
