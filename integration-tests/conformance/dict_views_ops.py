# dict views: set operations, len, membership, reversed, repr, dynamic updates, equality
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, ["a", 1] in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), sorted(it & {("b", 2)}))
print(k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}), it.isdisjoint([("a", 1)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(v == v, d.values() == d.values(), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
e = {}
print(e.keys(), e.values(), e.items(), list(iter(e.items())))
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 2}.items(), {1: [2]}.items() == {1: [2]}.items())
print(sorted({"x": 1}.keys() | ["y"]), sorted(["y"] | {"x": 1}.keys()), {1: 1}.keys() - [1])
try:
    ("a", []) in {"a": 1}.items()
    print("no error")
except TypeError as ex:
    print(type(ex).__name__, ex)
