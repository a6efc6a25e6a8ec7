# Generators and generator expressions: suspension and resumption dominate.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def run(n):
    total = 0
    for v in evens(count_up(n)):
        total += v
    total += sum(x * 2 for x in range(n // 2))
    return total


print(run(400000))
