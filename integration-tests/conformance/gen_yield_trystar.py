# Generators and coroutines suspending inside try/except* (body, else and finally blocks).
def g():
    try:
        x = yield "body"
        raise ExceptionGroup("eg", [ValueError(x), KeyError("k")])
    except* ValueError as e:
        print("value errors", e.exceptions)
    except* KeyError as e:
        print("key errors", e.exceptions)
    else:
        print("no else")
    finally:
        print("finally", (yield "in finally"))
    try:
        yield "second body"
    except* TypeError:
        print("not here")
    else:
        yield "in else"
    try:
        try:
            yield "third"
            raise OSError("os")
        except* ValueError:
            print("not matched")
        finally:
            yield "finally after unmatched"
    except* OSError as e:
        print("outer caught", e.exceptions)
    return "end"

it = g()
print(next(it), it.send("v"), it.send("F"), next(it), next(it), next(it))
try:
    next(it)
except StopIteration as s:
    print(s.value)

class Tick:
    def __await__(self):
        yield "t"
        return 1
async def c():
    try:
        await Tick()
        raise ExceptionGroup("x", [RuntimeError("r")])
    except* RuntimeError as e:
        r = "caught " + repr(e.exceptions)
    return r
co = c()
print(co.send(None))
try: co.send(None)
except StopIteration as s: print(s.value)
