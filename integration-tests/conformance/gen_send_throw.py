# Generator send() and throw(): values received by yield, exceptions thrown in at the yield point.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total


g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "handled"


c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("closed after throw")
fresh = acc()
try:
    fresh.send(1)
except TypeError as e:
    print(e)
g2 = acc()
try:
    g2.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)

