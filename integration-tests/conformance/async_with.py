# async with in coroutines: __aenter__/__aexit__ awaited, suppression, exceptions, return/break
# through the block, several managers, and CPython's error messages.
import sys


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


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value, tb is not None)
        print("  handling:", sys.exc_info()[0])
        await Tick("exit " + self.name)
        return self.suppress


async def basics():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("b", suppress=True) as x:
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    async with Manager("d") as d, Manager("e") as e:
        print("both", d, e, await Tick("inside"))
    for i in range(3):
        async with Manager("loop" + str(i)):
            if i == 1:
                break
    async with Manager("ret"):
        return "returned from inside"


print(run(basics()))


async def exit_raises():
    class Bad:
        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc):
            raise RuntimeError("exit failed")
    try:
        async with Bad():
            raise ValueError("original")
    except RuntimeError as e:
        print("RuntimeError:", e, "context:", repr(e.__context__))


run(exit_raises())


async def errors():
    for obj in (5, object()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

    class OnlyEnter:
        async def __aenter__(self):
            return 1
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class SyncEnter:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            pass
    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class SyncExit:
        async def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return False
    try:
        async with SyncExit():
            print("body runs")
    except TypeError as e:
        print("TypeError:", e)


run(errors())


async def thrown_while_inside():
    try:
        async with Manager("t"):
            await Tick("waiting in body")
    except OSError as e:
        print("caught", repr(e))
    return "end"


c = thrown_while_inside()
print(c.send(None))
print(c.send(None))
print(c.throw(OSError("boom")))
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
