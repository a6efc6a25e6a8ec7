# where CPython honours a builtin subclass's overrides (list(), dict(), **, unpacking use them) and where it uses the storage directly
class L(list):
    def __iter__(self):
        return iter(["over"])
    def __getitem__(self, i):
        return "gi"
    def __len__(self):
        return 42
l = L([1, 2])
print(list(l), tuple(l), l + [3], [0] + l, ",".join(L(["a", "b"])), sorted(l), len(l), bool(L()))
print(l == [1, 2], repr(l), [*l], l[0], max(L([3, 9])))
class D(dict):
    def __getitem__(self, k):
        return "gi"
    def keys(self):
        return ["a"]
    def __iter__(self):
        return iter(["it"])
    def __len__(self):
        return 0
d = D(a=1, b=2)
print(d["a"], d.get("a"), dict(d), {**d}, list(d), len(d), repr(d), d.copy(), list(d.items()))
def kw(**k):
    return k
print(kw(**d))
print({1: 0, **d} == {1: 0, "a": 1, "b": 2}, D(d), dict.__repr__(d))
class S(str):
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
    def __len__(self):
        return 0
    def __getitem__(self, i):
        return "x"
s = S("abc")
print(s == "zzz", len(s), s[0], s.upper(), "b" in s, s + "!", "%s" % s, f"{s}", str(s), list(s))
print({s: 1}, {"abc": 1}.get(s), getattr(object(), s, "dflt"), s.startswith("a"), "".join([s, s]))
class T(tuple):
    def __iter__(self):
        return iter(("over",))
    def __len__(self):
        return 5
t = T((1, 2))
print(list(t), tuple(t), t + (3,), len(t), [*t], repr(t))
try:
    a, b = t
except ValueError as e:
    print("ValueError", e)
class I(int):
    def __index__(self):
        return 7
    def __int__(self):
        return 8
    def __float__(self):
        return 9.5
    def __str__(self):
        return "I-str"
i = I(3)
print([10, 20, 30, 40][i], int(i), float(i), str(i), repr(i), f"{i}", "%d" % i, hex(i), range(i), i + 0)
