# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return value travels in StopIteration.value
def g1():
    yield 1
    raise StopIteration("leak")
it = g1()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def g2():
    yield 1
    next(iter([]))
try:
    list(g2())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def g3():
    yield 1
    return "retval"
it = g3()
next(it)
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
def g4():
    return (yield)
it = g4(); next(it)
try:
    it.send(42)
except StopIteration as e:
    print("send result", e.value)
def g5():
    try:
        yield 1
    except StopIteration:
        yield "caught thrown StopIteration"
it = g5(); next(it)
print(it.throw(StopIteration))
def g6():
    yield 1
try:
    x = g6(); next(x); x.throw(StopIteration("thrown"))
except RuntimeError as e:
    print(type(e).__name__, e)
async def coro():
    raise StopIteration
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(None).value, repr(StopIteration("v")))
genexp = (x for x in [1] if next(iter([])) )
try:
    list(genexp)
except RuntimeError as e:
    print("genexpr", e)
def g7():
    yield from g1()
try:
    list(g7())
except RuntimeError as e:
    print("via yield from", e)
