# Generator close(), finally blocks on close, GeneratorExit, return values, StopIteration in bodies.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


x = g()
print(next(x))
x.close()
print("closed")
x.close()
try:
    next(x)
except StopIteration:
    print("stopped")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def ret():
    yield 1
    return "value"


r = ret()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print(repr(e.value), e.args)


def bad():
    yield 1
    raise StopIteration("inside")


b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def never_started():
    print("never")
    yield


ns = never_started()
ns.close()
print("closed unstarted")


def running():
    yield gen.send(None)


gen = running()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
print(list(ret()), ret().__name__)
