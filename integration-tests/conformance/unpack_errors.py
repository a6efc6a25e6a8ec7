# Unpacking failures and their messages.
cases = [
    "a, b = 1, 2, 3",
    "a, b = [1]",
    "a, b, c = 'ab'",
    "a, b = 5",
    "a, *b, c = [1]",
    "a, b = None",
    "(a, b), c = 1, 2",
    "[a] = []",
    "a, *b = 1",
    "x, y = {1: 2}",
]
for src in cases:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(e)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(e)
