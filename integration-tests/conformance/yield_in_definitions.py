# yield and await in the parts of a statement tier 0 used to refuse: lambda bodies and defaults,
# decorators, def defaults and annotations, class bases, except-clause types, with and for targets
class Ctx:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        print("enter", self.value)
        return self.value
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def drive(gen, sends):
    print(next(gen))
    try:
        for s in sends:
            print(gen.send(s))
        print("not finished")
    except StopIteration as e:
        print("result", e.value)


def lambda_default():
    f = lambda x=(yield "default?"), *, k=(yield "kw?"): (x, k)
    return f()

def lambda_body():
    return lambda a: (yield a * 2)

def decorator():
    @(yield "decorator?")
    def h():
        return "h"
    return h

def def_parts():
    def h(a=(yield "a?"), *, b=(yield "b?")) -> (yield "ret?"):
        return a, b
    return h(), h.__annotations__

def class_bases():
    class K((yield "base?"), metaclass=(yield "meta?")):
        pass
    return K.__name__, K.__bases__

def except_type():
    try:
        raise KeyError("k")
    except (yield "type1?"):
        return "first clause"
    except (yield "type2?") as err:
        return "second clause " + repr(err)

def except_unmatched():
    try:
        raise ValueError("v")
    except (yield "type?"):
        return "caught"

def except_name_unbound():
    try:
        raise IndexError(1)
    except (yield "type?") as e:
        yield "in handler " + repr(e)
    try:
        e
    except NameError as ne:
        return str(ne)

def with_target():
    class Box:
        pass
    b = Box()
    with Ctx("v") as getattr(b, (yield "name?") or "missing", b).attr:
        print("body")
    return b.attr

def for_target():
    d = {}
    for d[(yield "key?")] in [1, 2]:
        print("loop", d)
    return d


drive(lambda_default(), ["X", "K"])
g = lambda_body()(21)
drive(g, ["sent back"])
drive(decorator(), [lambda fn: "decorated " + fn()])
drive(def_parts(), [1, 2, "r"])
drive(class_bases(), [object, type])
drive(except_type(), [TypeError, KeyError])
drive(except_type(), [(TypeError, KeyError)])
drive(except_name_unbound(), [IndexError, None])
drive(with_target(), ["x"])
drive(for_target(), ["a", "b"])
try:
    drive(except_unmatched(), [TypeError])
except ValueError as e:
    print("propagated", repr(e))
print(list(lambda_body()(5)))

# await in a lambda's defaults inside a coroutine; await in a lambda body is a SyntaxError
class Later:
    def __await__(self):
        got = yield "suspended"
        return got

async def coro():
    f = lambda v=await Later(): v
    return f()

c = coro()
print(c.send(None))
try:
    c.send("awaited value")
except StopIteration as e:
    print("coroutine result", e.value)
for src in ["async def f():\n    g = lambda: await x\n", "def f():\n    g = lambda: await x\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# an exception no yielding clause matches keeps its traceback
try:
    drive(except_unmatched(), [KeyError])
except ValueError:
    import sys
    tb = sys.exc_info()[2]
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)
