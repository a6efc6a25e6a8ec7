# Generators: yield, send, throw, close, yield from, return values, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError as e:
            print("thrown", e)
            continue
        if x is None:
            break
        received.append(x)
    return received


e = echo()
print(next(e), e.send("a"), e.send("b"), e.throw(ValueError("boom")))
try:
    e.send(None)
except StopIteration as s:
    print("result", s.value)


def delegate():
    r = yield from count(3)
    print("sub returned", r)
    yield 99


print(list(delegate()))
print(sum(x * x for x in range(10)))
gen = (x * 2 for x in (1, 2, 3) if x != 2)
print(type(gen).__name__, list(gen), list(gen))


def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


f = fin()
print(next(f))
f.close()
for v in fin():
    print("got", v)


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
g = count(3)
try:
    g.send(5)
except TypeError as e:
    print(e)
