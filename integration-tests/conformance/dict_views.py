# dict views: keys/values/items are live, set operations on keys and items, reversed, equality, len.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(i & {("b", 2)}), k == {"b", "c", "d"}, i == {("b", 2), ("c", 3), ("d", 4)}, v == v)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), type(reversed(k)).__name__)
print(type(k).__name__, type(v).__name__, type(i).__name__, k.isdisjoint({"x"}))
for a, b in d.items():
    print(a, b, end="; ")
print()
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print({}.keys(), list({1: 2}.items()))
