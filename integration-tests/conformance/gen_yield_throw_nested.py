# throw() and close() delivered at a yield nested inside an expression: the exception appears at
# the yield point, operands already evaluated are dropped, try/except/finally around it runs.


def trace(tag, v):
    print("eval", tag)
    return v


def caught():
    results = []
    while True:
        try:
            results.append(trace("before", 1) + (yield len(results)))
        except ValueError as e:
            print("caught", repr(e), results)
            results.append("recovered")
        except GeneratorExit:
            print("closing with", results)
            raise


g = caught()
print(next(g))
print(g.send(10))
print(g.throw(ValueError("bad")))
print(g.send(5))
g.close()


def finally_runs():
    try:
        x = [trace("a", "A"), (yield "first"), trace("b", "B")]
        print("not reached", x)
    finally:
        print("finally ran")


g = finally_runs()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))


def close_in_call():
    try:
        print(trace("arg", 1), (yield "waiting"), sep="|")
    finally:
        print("cleanup")


g = close_in_call()
next(g)
g.close()
print("closed")


def ignore_exit():
    try:
        return [(yield 1)]
    except GeneratorExit:
        yield "refuse"


g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def throw_into_delegate():
    def inner():
        try:
            yield "inner"
        except TypeError:
            print("inner handled")
            return "inner result"
    r = trace("left", "L") + (yield from inner())
    return r


g = throw_into_delegate()
print(next(g))
try:
    g.throw(TypeError)
except StopIteration as s:
    print("stop", s.value)


def uncaught_traceback():
    x = 1 + (yield "go")
    return x


g = uncaught_traceback()
next(g)
try:
    g.throw(ZeroDivisionError("from outside"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised at line", tb.tb_lineno)

g = uncaught_traceback()
next(g)
g.throw(OverflowError("uncaught"))
