# Generator expressions: laziness, single use, first iterable evaluated eagerly, in calls.
log = []


def src(n):
    log.append("src")
    for i in range(n):
        log.append(i)
        yield i


g = (x * 2 for x in src(3))
print(log)
print(next(g), log)
print(list(g), list(g), log)
print(sum(x for x in range(10)), max(len(s) for s in ["a", "abc", "ab"]))
print(type(g).__name__)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
h = (1 / x for x in [1, 0])
print(next(h))
try:
    next(h)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    next(h)
except StopIteration:
    print("exhausted")
nested = ((i, j) for i in range(3) for j in range(i) if j)
print(list(nested))
print(list(x for x in (y for y in range(5)) if x % 2))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print("".join(c for c in "hello" if c != "l"))
print(sorted((x for x in [3, 1, 2]), reverse=True))
