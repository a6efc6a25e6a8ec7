# generator expressions: first iterable evaluated eagerly, rest lazily; own scope; consumed once
def src(tag, seq):
    print("eval", tag)
    return seq
g = (x * y for x in src("outer", [1, 2]) for y in src("inner", [10, 100]))
print("created")
print(list(g), list(g))
x = "module x"
g2 = (x for _ in range(2))
print(list(g2), x)
try:
    (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
lazy = (1 / n for n in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sum(i * i for i in range(10)), max(len(w) for w in ["a", "abc"]), "".join(c.upper() for c in "xy"))
print(type(x for x in []).__name__, (x for x in []).__name__ if hasattr((x for x in []), "__name__") else "-")
class C:
    items = [1, 2, 3]
    doubled = list(i * 2 for i in items)
print(C.doubled)
try:
    class D:
        n = 3
        bad = list(i * n for i in range(2))
except NameError as e:
    print(type(e).__name__, e)
ge = (i for i in range(3))
print(next(ge), list(ge), next(ge, "end"))
print(list(zip((i for i in "ab"), (j for j in range(5)))))
print(any(v > 2 for v in [1, 5, 0]), all(v for v in [1, 0]))
