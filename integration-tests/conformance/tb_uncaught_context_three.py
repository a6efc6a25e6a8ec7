# three exceptions chained implicitly, printed oldest first with "During handling" separators
def a():
    raise KeyError("first")
def b():
    try:
        a()
    except KeyError:
        raise ValueError("second")
def c():
    try:
        b()
    except ValueError:
        raise TypeError("third")
c()
