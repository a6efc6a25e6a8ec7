# sys.exc_info() inside generators: the exception being handled inside the generator survives a yield, and does not leak to the caller
import sys
def g():
    try:
        raise ValueError("inside gen")
    except ValueError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()
it = g()
print(repr(next(it)), repr(sys.exception()))
try:
    raise KeyError("caller")
except KeyError:
    print(repr(next(it)), repr(sys.exception()))
print(repr(next(it)), repr(sys.exception()))
def h():
    yield repr(sys.exception())
try:
    raise TypeError("outer handled")
except TypeError:
    print(next(h()))
def raiser():
    try:
        yield 1
    except Exception:
        yield "gen caught " + repr(sys.exception())
r = raiser(); next(r)
print(r.throw(IndexError("thrown")), repr(sys.exception()))
async def co():
    try:
        raise OSError("in coroutine")
    except OSError:
        return repr(sys.exception())
c = co()
try:
    c.send(None)
except StopIteration as e:
    print(e.value, repr(sys.exception()))
