# generator protocol: send before start, throw with handling, close running finally, GeneratorExit ignored, states
import sys
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append("handled " + str(e))
    finally:
        print("echo finally", received)
g = echo()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("v")), g.throw(ValueError, "w") if False else g.send("c"))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("closed gen raises StopIteration", e.args)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_in_close(); next(r); print(r.close())
def raises_in_close():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
q = raises_in_close(); next(q)
try:
    q.close()
except KeyError as e:
    print(type(e).__name__, e)
def gstate():
    yield 1
gs = gstate()
print(gs.gi_running, gs.__name__, gs.__qualname__)
un = gstate()
try:
    un.throw(IndexError("before start"))
except IndexError as e:
    print("throw before start propagates", e)
print(next(un, "exhausted"))
