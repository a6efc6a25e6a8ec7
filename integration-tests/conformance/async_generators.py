# Async generators: async def with yield, driven through __anext__/asend/athrow/aclose and by
# async for; awaits inside them pass through to the driver; CPython's errors.


def run(coro):
    try:
        while True:
            print("  loop:", coro.send(None))
    except StopIteration as s:
        return s.value


class Tick:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "tick " + repr(self.value)
        return self.value


async def countdown(n):
    try:
        while n > 0:
            got = yield n
            if got is not None:
                print("asend delivered", got)
            await Tick(n)
            n -= 1
    finally:
        print("countdown finally")


async def main():
    async for x in countdown(2):
        print("x", x)
    g = countdown(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished after athrow")

    g = countdown(3)
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())

    async def catching():
        while True:
            try:
                yield "value"
            except KeyError as e:
                print("caught inside", repr(e))
                yield "after catch"
    c = catching()
    print(await c.__anext__())
    print(await c.athrow(KeyError("k")))

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in raises_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stopiteration():
        raise StopIteration
        yield
    try:
        await raises_stopiteration().__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def nested_awaits():
        x = yield await Tick("a")
        yield (await Tick("b"), x)
    n = nested_awaits()
    print(await n.__anext__())
    print(await n.asend("sent"))

    fresh = countdown(1)
    try:
        await fresh.asend("x")
    except TypeError as e:
        print("TypeError:", e)

    async def plain():
        yield 1
    step = plain().__anext__()
    print(type(step).__name__, type(countdown(1).athrow(ValueError)).__name__)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(type(countdown).__name__, type(countdown(1)).__name__, countdown(1).__aiter__().__class__.__name__)
    return "done"


print(run(main()))
