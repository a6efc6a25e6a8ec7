# async def coroutines driven by send(): await on awaitables with __await__, return values, exceptions, close
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return ("resumed with", got)
async def inner(n):
    r = await Suspend(n)
    return r
async def outer():
    a = await inner(1)
    b = await inner(2)
    return [a, b]
c = outer()
print(type(c).__name__, c.send(None), c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("done", e.value)
async def raiser():
    await Suspend(0)
    raise ValueError("inside coroutine")
r = raiser(); r.send(None)
try:
    r.send(None)
except ValueError as e:
    print(type(e).__name__, e)
async def catcher():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return "caught " + repr(e)
k = catcher(); print(k.send(None))
try:
    k.throw(KeyError("thrown"))
except StopIteration as e:
    print(e.value)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
s2 = simple(); s2.close(); print("closed without running")
async def bad_await():
    await 5
b = bad_await()
try:
    b.send(None)
except TypeError as e:
    print(type(e).__name__, e)
print(simple.__name__, type(simple).__name__, outer.__qualname__)
