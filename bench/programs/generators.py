# Generators: a pipeline of generator functions, a generator expression, yield from, and send.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(n):
    yield from count(n)
    yield from count(n)


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def run(n):
    s = 0
    for x in evens(count(n)):
        s += x
    s += sum(x * 2 for x in count(n))
    for x in chain(n // 2):
        s += x
    acc = accumulator()
    next(acc)
    for i in range(n // 2):
        s += acc.send(i) % 7
    return s


print(run(1000000))
