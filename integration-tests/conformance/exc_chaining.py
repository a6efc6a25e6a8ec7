# Exception chaining attributes: __context__ set implicitly, raise from sets __cause__ and
# __suppress_context__, raise from None, __traceback__ presence, with_traceback.
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("v")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("plain")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
try:
    e.__cause__ = 5
except TypeError as t:
    print(type(t).__name__, t)
try:
    try:
        raise KeyError(1)
    except KeyError as first:
        try:
            raise IndexError(2)
        except IndexError as second:
            raise TypeError(3)
except TypeError as third:
    print(repr(third.__context__), repr(third.__context__.__context__))
x = ValueError("same")
try:
    try:
        raise x
    except ValueError:
        raise x
except ValueError as again:
    print(again.__context__ is None)
