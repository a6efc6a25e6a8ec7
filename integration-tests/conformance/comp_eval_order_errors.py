# comprehension evaluation order and errors: leftmost iterable evaluated outside, conditions per element, exceptions mid-way, dict comp key/value order
log = []
def it(name, seq):
    log.append("iter " + name)
    return seq
def val(tag, v):
    log.append(tag + str(v))
    return v
r = [val("x", x) for x in it("a", [1, 2]) if val("c", x) > 1]
print(r, log)
log.clear()
d = {val("k", k): val("v", k) for k in it("b", [1, 2])}
print(d, log)
log.clear()
try:
    [1 // x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[] for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
print([(x, y) for x in range(3) if x for y in range(x) if y != 1])
print({k: v for k, v in [("a", 1), ("a", 2)]}, {x for x in [1, 1.0, True]})
print([x for x in range(3)][-1], [[y for y in range(x)] for x in range(3)])
x = 10
print([x for x in range(x)][-1], x)
