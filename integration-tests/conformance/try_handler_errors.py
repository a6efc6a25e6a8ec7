# Exceptions raised inside except/else/finally; bare raise; the 'as' name is deleted after the handler.
def a():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in handler")


try:
    a()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


def b():
    try:
        raise KeyError("k")
    except KeyError:
        raise


try:
    b()
except KeyError as e:
    print("reraised", repr(e))


def c():
    try:
        pass
    else:
        raise RuntimeError("in else")
    finally:
        print("finally after else")


try:
    c()
except RuntimeError as e:
    print(e, e.__context__)


def d():
    try:
        raise TypeError("t")
    finally:
        raise IndexError("from finally")


try:
    d()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    raise OSError("x")
except OSError as err:
    pass
try:
    err
except NameError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        raise


try:
    nested()
except ValueError as e:
    print("outer exception restored", repr(e))
try:
    try:
        raise ValueError("v")
    except (KeyError, IndexError):
        print("wrong handler")
except ValueError as e:
    print("fell through", e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
