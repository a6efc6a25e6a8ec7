# Uncaught exception raised inside a generator driven by a for loop and by next().
def gen(n):
    for i in range(n):
        yield 10 // (2 - i)


def consume():
    total = 0
    for v in gen(5):
        total += v
    return total


consume()
