# behaviours named by CPython's test_dict: __missing__, order after delete/reinsert, recursive repr, keys mutated during lookup, equality with errors
class Default(dict):
    def __missing__(self, key):
        return "missing " + repr(key)
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
class NoMissingOnGet(dict):
    def __missing__(self, k):
        raise KeyError("custom " + str(k))
try:
    NoMissingOnGet()["x"]
except KeyError as e:
    print(type(e).__name__, e)
o = {"a": 1, "b": 2, "c": 3}
del o["a"]
o["a"] = 4
print(list(o), list(o.items()))
o["b"] = 5
print(list(o))
rec = {}
rec["me"] = rec
rec["list"] = [rec]
print(repr(rec))
class BadHash:
    def __hash__(self):
        raise ValueError("hash failed")
try:
    {BadHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {}.get(BadHash())
except ValueError as e:
    print(type(e).__name__, e)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError("eq failed")
dd = {BadEq(): 1}
try:
    dd[BadEq()]
except RuntimeError as e:
    print(type(e).__name__, e)
print(dict(dict(a=1), b=2), dict([["k", "v"]]), dict(zip(range(3), "abc")), dict.fromkeys("aa"))
class Sub(dict):
    pass
s = Sub(x=1)
print(type(s.copy()).__name__, type(s | {}).__name__, repr(s), s == {"x": 1}, type(Sub.fromkeys("a")).__name__)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
print({1: 1} == {1: 1.0}, {"a": [1]} == {"a": [1]}, {(): None} == {(): None}, sorted({3: 1, 1: 2}))
k = {}
k[1] = "one"
k[1.0] = "float one keeps int key"
print(k, {True: "t", 1: "one"})
