# Functions: positional and keyword arguments, defaults, recursion, returning values.
def add(a, b=10):
    return a + b


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print(add(1), add(1, 2), add(b=5, a=1))
print(fact(25))


def no_return():
    pass


print(no_return())
