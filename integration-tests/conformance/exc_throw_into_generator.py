# throw() into generators: handled with a yield, propagated, with traceback, into finished generators, throw(type, value) forms
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker handled", e)
            n = 100
w = worker()
print(next(w), next(w), w.throw(ValueError("reset")), next(w))
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(w, "worker finished"))
try:
    w.throw(ValueError("after finish"))
except ValueError as e:
    print("thrown into finished generator raises directly", e)
def cleanup():
    try:
        yield 1
    finally:
        print("cleanup finally runs on throw")
c = cleanup(); next(c)
try:
    c.throw(RuntimeError("r"))
except RuntimeError as e:
    print(type(e).__name__, e)
def yielding_in_except():
    try:
        yield "start"
    except Exception as e:
        yield "got " + type(e).__name__
        yield "still running"
y = yielding_in_except(); next(y)
print(y.throw(TypeError), next(y))
def converter():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("converted") from e
cv = converter(); next(cv)
try:
    cv.throw(ValueError("orig"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    next(iter([])).throw
except StopIteration:
    print("StopIteration from empty iterator")
gi = (x for x in range(3))
print(next(gi))
try:
    gi.throw(IndexError("into genexpr"))
except IndexError as e:
    print(type(e).__name__, e, list(gi))
