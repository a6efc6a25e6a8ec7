# generators: return inside try/finally, yield inside finally, value of StopIteration with finally, close() returning None
def g1():
    try:
        yield 1
        return "from try"
    finally:
        print("g1 finally")
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def g2():
    try:
        yield 1
    finally:
        yield "yield in finally"
it2 = g2()
print(next(it2), next(it2))
try:
    next(it2)
except StopIteration:
    print("g2 done")
it3 = g2(); next(it3)
try:
    it3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def g4():
    for i in range(3):
        try:
            yield i
        finally:
            print("inner finally", i)
print(list(g4()))
def g5():
    try:
        return 5
        yield
    finally:
        print("finally before StopIteration value")
try:
    next(g5())
except StopIteration as e:
    print(e.value)
def g6():
    x = yield
    while x is not None:
        x = yield x * 2
    return "ended by None"
c = g6(); next(c)
print(c.send(3), c.send(4))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
