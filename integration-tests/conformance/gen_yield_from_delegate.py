# yield from delegates send/throw/close to a subgenerator and returns its return value
def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    result = yield from sub()
    print("sub returned", result)
    r2 = yield from [10, 20]
    print("list delegation returns", r2)
    return "outer done"
g = outer()
print(next(g), g.send(1), g.send(2))
print(g.send(None), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer value", e.value)
def sub_handles():
    try:
        yield 1
    except KeyError as e:
        yield "sub caught " + str(e)
def deleg():
    yield from sub_handles()
    yield "after sub"
d = deleg(); next(d)
print(d.throw(KeyError("k")), next(d))
def sub_finally():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally on close")
def deleg2():
    yield from sub_finally()
d2 = deleg2(); next(d2); d2.close()
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def deleg3():
    r = yield from It()
    yield ("ret", r)
print(list(deleg3()))
def deleg4():
    yield from It()
g4 = deleg4(); next(g4)
try:
    g4.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in range(3)))))
def nested(n):
    if n:
        yield n
        yield from nested(n - 1)
print(list(nested(5)))
