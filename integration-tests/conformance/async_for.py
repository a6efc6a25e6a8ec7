# async for in coroutines: __aiter__/__anext__, StopAsyncIteration, else, break/continue/return,
# awaits inside the loop, exceptions, and CPython's error messages.


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


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("stop")
            raise StopAsyncIteration
        self.i += 1
        return await Tick(self.i)


class PlainAnext:
    """__anext__ returning a plain awaitable object, not a coroutine."""
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Tick(self.items.pop(0))


async def basics():
    async for x in Counter(3):
        print("x =", x)
    else:
        print("else ran")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("x =", x)
    else:
        print("not printed")
    async for a, b in PlainAnext([(1, 2), (3, 4)]):
        print(a + b)
    async for x in Counter(2):
        async for y in PlainAnext("ab"):
            print(x, y)
    total = 0
    async for x in Counter(3):
        total += await Tick(x * 100)
    print("total", total)
    async for x in Counter(10):
        if x == 2:
            return "returned at 2"


print(run(basics()))


async def errors():
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class NoAnext:
        def __aiter__(self):
            return 5
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class Failing:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise ValueError("anext failed")
    try:
        async for x in Failing():
            pass
    except ValueError as e:
        print("ValueError:", e)
    try:
        async for x in Counter(3):
            raise KeyError(x)
    except KeyError as e:
        print("KeyError:", e)


run(errors())


async def thrown_into_anext():
    try:
        async for x in Counter(3):
            print("got", x)
    except RuntimeError as e:
        print("caught", e)
    return "end"


c = thrown_into_anext()
print(c.send(None))
print(c.send(None))
try:
    c.throw(RuntimeError("cancel"))
except StopIteration as s:
    print(s.value)
