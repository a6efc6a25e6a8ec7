# unpacking errors: too many/too few with counts, non-iterables, starred messages, nested, in for targets
cases = ["a, b = [1]", "a, b = [1, 2, 3]", "a, b = 5", "a, *b, c = [1]", "(a, b), c = [1, 2], 3", "[a] = []", "a, b = {'x': 1}",
         "a, b = iter([1, 2, 3])", "a, b = 'abc'", "*a, b, c, d = (1, 2)", "a, b = None"]
for src in cases:
    try:
        exec(src, {})
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
for pair in [(1, 2), (3, 4)]:
    x, y = pair
print(x, y)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
a, (b, (c, *d)) = 1, (2, (3, 4, 5))
print(a, b, c, d)
first, *_, last = range(10)
print(first, _, last)
*all_, = "xyz"
print(all_)
class Gen:
    def __iter__(self):
        yield 1
        yield 2
p, q = Gen()
print(p, q)
def unpack_in_args(a, b, *c):
    return a, b, c
print(unpack_in_args(*"ab"), unpack_in_args(*range(5)))
k, v = {"only": 1}.popitem()
print(k, v)
