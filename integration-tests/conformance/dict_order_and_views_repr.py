# dict insertion order is preserved through updates, pops, comprehension, copy, | and fromkeys; view reprs show order
d = {}
for k in "dbca":
    d[k] = ord(k)
print(list(d), d)
d["b"] = 0
print(list(d))
d.pop("d")
d["d"] = 1
print(list(d), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
e = dict(d)
e.update(z=1, a=2)
print(list(e))
print(list({**d, "new": 1, "b": "updated"}), list(d | {"a": 9, "q": 1}))
print(list(dict.fromkeys("mississippi")), list({k: 0 for k in reversed("abc")}))
f = {3: "c", 1: "a", 2: "b"}
print(sorted(f), list(f), list(reversed(f)), list(reversed(f.items())), next(iter(f)))
g = {1: 1}
del g[1]
g[2] = 2
g[1] = 1
print(list(g))
print(list({True: 1, 1: 2, 1.0: 3}.items()), list({"x": 1, "y": 2}.popitem() for _ in range(1)))
