# implicit chaining: __context__ set when raising in except/finally, not duplicated, cycles broken
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e.__context__))
def gen_ctx():
    try:
        raise IndexError("idx")
    except IndexError:
        yield 1
        raise RuntimeError("after yield")
g = gen_ctx()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e.__context__))
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(e is a, repr(e.__context__), e.__context__.__context__)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("outside")
except TypeError as e:
    print(e.__context__)
def inner():
    raise KeyError("inner")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        inner()
except KeyError as e:
    print(type(e.__context__).__name__, str(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError as e1:
        e1.__context__ = None
        raise TypeError(2)
except TypeError as e2:
    print(repr(e2.__context__), e2.__context__.__context__)
