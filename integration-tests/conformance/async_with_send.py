# async with driven manually by send(): __aenter__/__aexit__, suppression by a true __aexit__ result, propagation
class Ctx:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None, ev)
        return et is KeyError
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async with Ctx() as r:
        out.append(r)
    async with Ctx():
        raise KeyError("suppressed")
    async with Ctx() as a, Ctx() as b:
        out.append((a, b))
    return out
print(run(main()))
async def failing():
    async with Ctx():
        raise ValueError("propagates")
try:
    run(failing())
except ValueError as e:
    print(type(e).__name__, e)
class NoAexit:
    async def __aenter__(self):
        return 1
async def bad():
    async with NoAexit():
        pass
try:
    run(bad())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
