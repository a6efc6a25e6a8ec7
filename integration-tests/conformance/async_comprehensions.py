# Asynchronous comprehensions in coroutines: async for clauses, await in the element and
# conditions, mixed sync/async clauses, async generator expressions, and errors.


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


class Arange:
    """An async iterator written by hand."""
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        print("__aiter__ called")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def agen(items):
    for x in items:
        yield x


async def main():
    print([x async for x in Arange(3)])
    print({x % 2 async for x in Arange(5)})
    print({k: v async for k, v in agen([("a", 1), ("b", 2)])})
    print([await Tick(x) for x in range(2)])
    print([x async for x in Arange(6) if await Tick(x % 3 == 0)])
    print([(x, y) for x in "ab" async for y in agen([1, 2])])
    print([[y async for y in agen(range(x))] async for x in Arange(3)])
    print(sum([x * 10 async for x in Arange(4)]) + await Tick(1))
    g = (x * 2 async for x in Arange(3))
    print(type(g).__name__)
    print([v async for v in g])
    h = (await Tick(x) for x in "xy")
    print([v async for v in h])
    try:
        print([x async for x in 42])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([x async for x in Arange(3) if 1 / (x - 1)])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print([x for x in await Tick(5)])
    except TypeError as e:
        print("TypeError:", e)
    return "done"


print(run(main()))
