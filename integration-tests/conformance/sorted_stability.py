# sorted/min/max: stability with equal keys, reverse keeps stability, key called once per element, default argument
calls = []
def key(x):
    calls.append(x)
    return x[0]
recs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(recs, key=key), len(calls))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(list(reversed(sorted(recs, key=lambda r: r[0]))))
print(max(recs, key=lambda r: r[0]), min(recs, key=lambda r: r[0]), max([(1, "x"), (1, "y")], key=lambda r: r[0]))
print(max([], default="empty"), min([], key=len, default=None), max(3, 1, 2), min("b", "a", key=str.upper), max([1, 2], [1, 3]))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import_like = sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1)], key=lambda t: t[0])
print(import_like)
multi = sorted(sorted(recs, key=lambda r: r[1], reverse=True), key=lambda r: r[0])
print(multi)
class Cmp:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Cmp.n += 1
        return self.v < o.v
xs = [Cmp(i % 5) for i in range(20)]
ys = sorted(xs)
print([c.v for c in ys], ys[0] is xs[0], ys[4] is xs[5] if False else [xs.index(c) for c in ys[:4]])
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]), [str(x) for x in sorted([0.0, -0.0])])
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["a", "B", "c"], key=str.casefold))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
