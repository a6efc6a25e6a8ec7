# yield from: delegation of values, send and throw passthrough, return value of the subgenerator.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "done"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)


def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x


print(list(flat([1, [2, [3, [4]], 5], [[6]]])))


def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from (i * 10 for i in range(2))


print(list(from_iterables()))


def guarded():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner handled"


def delegator():
    yield from guarded()
    yield "after"


d = delegator()
print(next(d), d.throw(KeyError), next(d))


def ret_only():
    return 5
    yield


def take():
    v = yield from ret_only()
    yield v


print(list(take()))
