# with: exceptions reaching __exit__ (type, value, traceback), suppression by a true return value,
# errors in __enter__ and __exit__, missing protocol methods.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress


with CM(True):
    raise ValueError("suppressed")
print("continued")
try:
    with CM(False):
        raise KeyError("kept")
except KeyError as e:
    print("outer caught", repr(e))
try:
    with CM(1):
        1 / 0
    print("truthy int suppresses")
except ZeroDivisionError:
    print("not suppressed")


class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit never called")


try:
    with BadEnter():
        print("body never runs")
except RuntimeError as e:
    print(e)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("exit failed")


try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print(e, "context:", repr(e.__context__))


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


def f():
    with CM(True):
        return "from body"


print(f())


def g():
    for i in range(3):
        with CM(True):
            if i == 1:
                raise IndexError(i)
    return "loop finished"


print(g())
