# Uncaught exception raised in a lambda called from a list comprehension inside a function.
conv = lambda v: int(v)


def parse_all(items):
    return [conv(x) for x in items]


print(parse_all(["1", "2"]))
parse_all(["3", "four"])
