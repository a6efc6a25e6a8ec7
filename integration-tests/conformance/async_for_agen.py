# async for, async comprehensions and async generators (with async with) driven manually: __aiter__/__anext__, __aenter__/__aexit__, async generators
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class Ctx:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None, ev)
        return et is KeyError
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    async with Ctx() as r:
        out.append(r)
    async with Ctx():
        raise KeyError("suppressed")
    async for v in agen(3):
        out.append(v)
    out.append([x async for x in agen(2)])
    out.append({x: 1 async for x in Ticker(2)})
    return out
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def failing():
    async with Ctx():
        raise ValueError("propagates")
try:
    run(failing())
except ValueError as e:
    print(type(e).__name__, e)
ag = agen(2)
print(type(ag).__name__, ag.__name__)
async def consume():
    return [await ag.__anext__(), await ag.__anext__()]
print(run(consume()))
async def exhausted():
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        return "StopAsyncIteration"
print(run(exhausted()))
async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)
