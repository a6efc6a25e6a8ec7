# bare raise: re-raises the handled exception (also from a called function inside the handler), error when none is active
def helper():
    raise
try:
    try:
        raise ValueError("active")
    except ValueError:
        helper()
except ValueError as e:
    print("re-raised via helper", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def after_handler():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    raise
try:
    after_handler()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except TypeError as e:
    print("bare raise after nested handler re-raises", repr(e))
def in_finally():
    try:
        raise OSError("in try")
    finally:
        print("finally sees pending exception, bare raise not used")
try:
    in_finally()
except OSError as e:
    print(repr(e))
def gen():
    try:
        yield 1
    except ZeroDivisionError:
        raise
g = gen(); next(g)
try:
    g.throw(ZeroDivisionError("into gen"))
except ZeroDivisionError as e:
    print("gen re-raised", e)
e_saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    e_saved = e
try:
    raise e_saved
except ValueError as e:
    print(e is e_saved)
