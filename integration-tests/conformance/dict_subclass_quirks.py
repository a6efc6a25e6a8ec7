# dict subclass quirks: update()/constructor/setdefault bypass an overridden __setitem__, get() bypasses __getitem__, __missing__ only for []
class Logged(dict):
    def __setitem__(self, k, v):
        print("__setitem__", k)
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        print("__getitem__", k)
        return super().__getitem__(k)
d = Logged(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(sorted(d.items()))
print(d.get("b"), d["b"])
print({**d} == dict(d), sorted(dict(d).items()))
