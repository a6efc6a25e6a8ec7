# Generators: independent instances, infinite generators stopped by break, try/finally around yield
# in loops, generator methods as iterators, state after exhaustion, generators in zip.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


out = []
for v in naturals():
    if v > 4:
        break
    out.append(v)
print(out)
a, b = naturals(), naturals()
print(next(a), next(a), next(b), list(zip(a, range(3))))


def guarded(items):
    for it in items:
        try:
            yield it
        finally:
            print("finally for", it)


for x in guarded([1, 2]):
    print("got", x)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
g = (i for i in range(2))
print(list(g), list(g), next(g, "exhausted"))


def with_return(n):
    if n:
        return
    yield "never when n"


print(list(with_return(1)), list(with_return(0)))


def early_exc():
    yield 1
    raise ValueError("in gen")


try:
    for item in early_exc():
        print("item", item)
except ValueError as e:
    print("caught", e)
print(sum(x * x for x in range(4)), iter(f) is f, type(fib).__name__, type(f).__name__)
