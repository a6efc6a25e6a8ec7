# every dict method with variants: get/setdefault/pop/popitem/update/fromkeys/copy/clear and errors
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 9}); d.update([("y", 8)]); d.update(z=7); d.update({"a": 0}, w=6); print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
c = d.copy(); c["new"] = 1; print(d, c, c == d)
c.clear(); print(c, len(c))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))))
for call in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.update(1), lambda: {}["missing"], lambda: {[]: 1},
             lambda: {}.get(), lambda: dict(1, 2), lambda: {}.update([(1,)])]:
    try:
        call()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
e = {1: "a", 2: "b"}
print(e | {3: "c"}, {3: "c"} | e, e)
e |= {1: "A"}; print(e)
e |= [(9, "n")]; print(e)
try:
    e | [(1, 2)]
except TypeError as e2:
    print(type(e2).__name__, e2)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {0: 0})
try:
    {1: 2} < {1: 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(repr({}), repr({"k": [1, {"n": None}]}), list(reversed({1: 0, 2: 0, 3: 0})), 1 in {1: 0}, 0 in {1: 0})
r = {}; r["self"] = r; print(r)
f = {1: "int"}; f[1.0] = "float"; f[True] = "bool"; print(f)
print(dict.__name__, type({}).__name__, {}.__class__ is dict, {"a": 1}.__len__(), {"a": 1}.__getitem__("a"))
