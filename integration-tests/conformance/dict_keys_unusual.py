# unusual dict keys: tuples with floats/nans, frozensets, None, types, functions, bools vs ints, -0.0 vs 0, big ints equal to floats
nan = float("nan")
d = {nan: "a"}
d[nan] = "same object"
d[float("nan")] = "other nan"
print(len(d), d[nan])
k = {(1, 2.0): "t", frozenset([1]): "f", None: "n", int: "type", len: "builtin", (): "empty"}
print(k[(1.0, 2)], k[frozenset({1})], k[None], k[int], k[len], k[()])
z = {0: "int zero"}
z[-0.0] = "float zero"
z[False] = "bool"
print(z)
big = {2**70: "big int"}
print(big[float(2**70)], (2**70 + 1) in big, 2.0**70 in big)
def f():
    pass
fd = {f: 1}
print(fd[f], {f.__name__: 1})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
kd = {Key(1): "one"}
print(kd[Key(1)], Key(2) in kd, kd.get(Key(1)))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault({}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}.get([])
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2}.pop(3, None), 3 in {1: 2}, {(1, [2]) if False else (1, 2): 3})
