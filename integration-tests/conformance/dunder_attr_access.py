# __getattr__ (fallback only), __getattribute__, __setattr__, __delattr__, __call__, __dir__-free.
class Fallback:
    x = 1

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")


f = Fallback()
print(f.x, f.dyn_hello, getattr(f, "dyn_q"), hasattr(f, "other"), getattr(f, "other", "default"))
try:
    f.other
except AttributeError as e:
    print(e)


class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


s = Spy()
s.a = 5
print(s.a, s.log)
del s.a
print(hasattr(s, "a"))


class Callable:
    def __call__(self, *a, **k):
        return ("called", a, sorted(k))


c = Callable()
print(c(1, x=2), callable(c), callable(Callable), callable(5))
try:
    Fallback()()
except TypeError as e:
    print(e)


class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)

    def __getattr__(self, name):
        return "fallback " + name


print(GetattributeRaises().anything)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    setattr(5, "nope", 1)
except AttributeError as e:
    print(e)
