# enumerate, zip (strict), map (several iterables), filter (None), reversed; they are lazy iterators.
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
m = map(lambda v: print("mapping", v) or v, [1, 2])
print("map created")
print(next(m), list(m))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
z = zip(range(3), "abc")
print(next(z), list(z))
print([type(f).__name__ for f in (enumerate([]), zip(), map(abs, []), filter(None, []), reversed([]))])
for src in ["enumerate(5)", "zip(1)", "map(abs)", "map(abs, 5)", "filter(None, 5)", "reversed(5)",
            "reversed({})", "enumerate([], 'x')"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
print(list(zip(*[(1, "a"), (2, "b")])))
