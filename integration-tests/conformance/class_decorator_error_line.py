# A class decorator that raises is reported at the decorator's line, with carets under the
# decorator expression, as CPython 3.11 reports a function decorator.
def dec_error(cls):
    raise TypeError("bad decorator")


def dec_fine(cls):
    return cls


def apply():
    @dec_fine
    @dec_error
    @dec_fine
    class A:
        pass


apply()
