# raise ... from ...: __cause__, __context__, __suppress_context__, from None, cause validation, assignment rules
def chain():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
try:
    chain()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from TypeError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__, e.__context__)
for bad in [5, "s", int]:
    try:
        raise ValueError from bad
    except TypeError as e:
        print(type(e).__name__, e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError(1)
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = IndexError(2)
print(repr(e.__context__))
for attr, val in [("__cause__", 1), ("__context__", "x")]:
    try:
        setattr(e, attr, val)
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z from z
except ZeroDivisionError as z2:
    print(z2.__cause__ is z2, z2.__context__)
def reraise():
    try:
        raise OSError("os")
    except OSError:
        raise
try:
    reraise()
except OSError as e:
    print(repr(e), e.__context__, e.__cause__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as c:
    print(repr(c.__context__), repr(c.__context__.__context__), c.__context__.__context__.__context__)
