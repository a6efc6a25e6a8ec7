# generators that suspend inside except* clauses: in handler bodies and in clause types
import sys


def run(gen, sends=()):
    out = [next(gen)]
    try:
        for s in sends:
            out.append(gen.send(s))
        while True:
            out.append(next(gen))
    except StopIteration as e:
        out.append(("result", e.value))
    except BaseException as e:
        out.append(("raised", type(e).__name__, repr(e), repr(e.__context__)))
    print(out)


def handled_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        got = yield ("value", repr(eg), repr(sys.exc_info()[1]))
        yield ("after resume", got, repr(sys.exc_info()[1]))
    except* TypeError:
        yield "type"
    yield ("exc_info after", sys.exc_info())
    try:
        eg
    except NameError as e:
        return str(e)


def leftover():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        yield "handled value"
    yield "never"


def raise_after_yield():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        yield "before raise"
        raise RuntimeError("from handler")


def bare_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [ValueError(3), KeyError(4)])])
    except* ValueError:
        yield "re-raising"
        raise


def naked():
    try:
        raise OSError("naked")
    except* OSError as eg:
        yield repr(eg)
        raise RuntimeError("new")


def with_finally():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            yield "handler"
        finally:
            yield "finally"
    finally:
        print("outer finally")
    return "done"


def yielding_type():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* (yield "type?") as eg:
        yield ("matched", repr(eg))
    except* (yield "second type?"):
        yield "second"
    return "end"


run(handled_all(), ["sent"])
run(leftover())
run(raise_after_yield())
run(bare_reraise())
run(naked())
run(with_finally())
run(yielding_type(), [ValueError, None, TypeError])
def closed_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            yield "suspended in handler"
        finally:
            print("handler finally")


g = closed_in_handler()
print(next(g))
g.close()
print("closed", g.gi_frame is None)
