# yield used inside expressions (not at statement level): as call arguments, in operands, in returns.
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received


e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))


def adder():
    total = 0
    while True:
        total = total + (yield total)


a = adder()
next(a)
print(a.send(1), a.send(2), a.send(3))


def pair():
    return ((yield 1), (yield 2))


p = pair()
print(next(p), p.send("x"))
try:
    p.send("y")
except StopIteration as s:
    print(s.value)


def cond():
    x = (yield "q") if True else None
    print("got", x)
    yield {"k": (yield "v")}


c = cond()
print(next(c), c.send(9), c.send(8))
