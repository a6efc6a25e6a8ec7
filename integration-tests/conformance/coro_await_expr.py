# await nested inside expressions of a coroutine, driven by a tiny send(None) loop.


def run(coro):
    """Drives a coroutine to completion, printing what it yields to the 'event loop'."""
    try:
        while True:
            print("  loop:", coro.send(None))
    except StopIteration as s:
        return s.value


class Tick:
    """An awaitable that suspends once, then returns its value."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "tick " + repr(self.value)
        return self.value


async def value(v):
    return await Tick(v)


def note(tag):
    print("eval", tag)
    return tag


async def expressions():
    print(await value(1) + await value(2))
    print(f"[{await value('f')}]", note("after"))
    total = [note("first"), await value("second"), note("third")]
    print(total)
    d = {await value("k"): await value("v")}
    print(d)
    print(len(await value("four")))
    x = await value(0) or await value("fallback")
    print(x)
    y = (await value("yes")) if await value(True) else note("no")
    print(y)
    if await value(3) > 2 and not await value(False):
        print("both")
    return await value(10) * 2 + 1


print("result", run(expressions()))


async def await_in_call_args():
    def f(*a, **k):
        return a, k
    return f(note("a"), await value("b"), *await value([1, 2]), k=await value("kw"))


print("result", run(await_in_call_args()))


async def nested_coroutines():
    async def inner(n):
        if n == 0:
            return [await Tick("bottom")]
        return [n] + await inner(n - 1)
    return await inner(2)


print("result", run(nested_coroutines()))


async def throws():
    try:
        return note("left") + await value("never")
    except RuntimeError as e:
        print("caught", e)
        return "handled"
    finally:
        print("finally")


c = throws()
print(c.send(None))
try:
    c.throw(RuntimeError("cancelled"))
except StopIteration as s:
    print("result", s.value)


async def bad_awaits():
    for obj in (5, None, [1]):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)

    class NotIter:
        def __await__(self):
            return 5
    try:
        print(1 + await NotIter())
    except TypeError as e:
        print("TypeError:", e)


run(bad_awaits())


async def closed():
    try:
        await Tick("waiting")
    finally:
        print("cleanup on close")


c = closed()
c.send(None)
c.close()
print("closed")
c = value(1)
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
