# the "as" name is deleted at the end of the handler, even if it existed before; closures and nested handlers
e = "outer value"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
def f():
    try:
        raise KeyError("k")
    except KeyError as err:
        captured = err
    try:
        err
    except UnboundLocalError as u:
        print(type(u).__name__, u)
    return captured
print(repr(f()))
def nested():
    try:
        raise TypeError("t")
    except TypeError as x:
        try:
            raise IndexError("i")
        except IndexError as x:
            pass
        try:
            return x
        except UnboundLocalError as u:
            return "inner handler deleted x: " + str(u)
print(nested())
def keep_by_assign():
    try:
        1 / 0
    except ZeroDivisionError as z:
        kept = z
    return type(kept).__name__
print(keep_by_assign())
def closure_over_handler():
    try:
        raise OSError("o")
    except OSError as oe:
        return lambda: oe
try:
    print(closure_over_handler()())
except NameError as ne:
    print(type(ne).__name__, ne)
