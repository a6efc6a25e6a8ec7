# dict methods: get/setdefault/pop/popitem/update/copy/clear/fromkeys/keys/values/items, | and |=,
# insertion order, errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("z", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.popitem(), d)
e = d.copy()
e["new"] = 1
print(len(d), len(e))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))
print(dict(a=1), dict([("k", "v")]), dict({1: 2}, b=3), dict(zip("xy", (1, 2))))
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
f = {"k": 1}
f |= {"j": 2}
f |= [("i", 3)]
print(f)
d2 = {}
d2["z"] = 1
d2["a"] = 2
d2["z"] = 3
print(list(d2), d2)
del d2["z"]
d2["z"] = 4
print(list(d2))
d2.clear()
print(d2)
for src in ["{}.pop('x')", "{}.popitem()", "{'a': 1}['b']", "dict([1, 2])", "dict([(1, 2, 3)])",
            "{}.update(5)", "{} | []", "dict(1)", "{}.get()", "{[1]: 2}", "{}.setdefault([], 1)"]:
    try:
        eval(src)
    except (TypeError, KeyError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "t"}[(1, 2)], {None: 0}[None])
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, 1 in {1: 0}, "a" in {"a": 1}.values())
