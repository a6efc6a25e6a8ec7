# comprehensions: nested loops and conditions, own scope, closure capture, class-body rules, iteration var leakage
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([[c for c in w] for w in ["ab", "c"]], {k: v for k, v in zip("ab", [1, 2]) if v > 1}, {x % 4 for x in range(9)} == {0, 1, 2, 3})
i = "global i"
print([i for i in range(2)], i)
fs = [lambda: k for k in range(3)]
print([f() for f in fs])
fs2 = [(lambda k=k: k) for k in range(3)]
print([f() for f in fs2])
def outer():
    n = 10
    return [n + m for m in range(3)]
print(outer())
class C:
    base = [1, 2]
    first = [b * 2 for b in base]
    try:
        second = [b * factor for b in base for factor in [3]]
    except NameError as e:
        err = str(e)
print(C.first, getattr(C, "second", None))
class D:
    factor = 5
    try:
        bad = [x * factor for x in range(2)]
    except NameError as e:
        err = type(e).__name__ + ": " + str(e)
print(D.err)
print([y for x in [[1, 2], [3]] for y in x], [x for x in range(10) if x % 2 if x % 3])
print({k: [v for v in range(k)] for k in range(3)}, [x if x else "zero" for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
def gen_in_comp():
    return [list(g) for g in ((x, x) for x in range(2))]
print(gen_in_comp())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([x for x in "abc"][::-1], sorted({c for c in "hello"}), {v: k for k, v in {"a": 1, "b": 1}.items()})
