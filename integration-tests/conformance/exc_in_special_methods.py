# exceptions raised inside special methods propagate unchanged through operators, builtins and protocols
class Boom:
    def __init__(self, where):
        self.where = where
    def _fail(self, *a):
        raise ValueError("from " + self.where)
for name, action in [("__add__", lambda o: o + 1), ("__radd__", lambda o: 1 + o), ("__eq__", lambda o: o == 1), ("__lt__", lambda o: o < 1),
                     ("__len__", len), ("__iter__", list), ("__contains__", lambda o: 1 in o), ("__getitem__", lambda o: o[0]),
                     ("__setitem__", lambda o: o.__setitem__(0, 1)), ("__hash__", hash), ("__bool__", bool), ("__str__", str),
                     ("__repr__", repr), ("__format__", lambda o: format(o, "x")), ("__call__", lambda o: o()), ("__neg__", lambda o: -o),
                     ("__index__", lambda o: [1][o]), ("__int__", int), ("__float__", float), ("__enter__", None)]:
    cls = type("C_" + name, (Boom,), {name: Boom._fail})
    try:
        if action is None:
            with cls(name):
                pass
        else:
            action(cls(name))
        print(name, "no error")
    except ValueError as e:
        print(name, type(e).__name__, e)
    except (TypeError, AttributeError) as e:
        print(name, "protocol error", type(e).__name__, e)
class GetattrBoom:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    GetattrBoom().x
except KeyError as e:
    print("__getattr__ KeyError propagates", e)
print(hasattr(type("H", (), {"__getattr__": lambda s, n: 1 / 0})(), "q") if False else "skip")
try:
    hasattr(type("H", (), {"__getattr__": lambda s, n: 1 / 0})(), "q")
except ZeroDivisionError as e:
    print("hasattr propagates non-AttributeError", e)
