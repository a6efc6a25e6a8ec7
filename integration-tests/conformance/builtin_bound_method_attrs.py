# bound methods of builtin objects (list, dict, str): repr, type, __self__, __name__, __qualname__, hash and equality
lst = [3, 1, 2]
d = {"a": 1}
s = "abc"
for m in [lst.append, lst.sort, d.get, d.items, s.upper, s.join, dict.fromkeys, (1).bit_length]:
    r = repr(m)
    print(r.split(" at 0x")[0], type(m).__name__, m.__name__, m.__qualname__, m.__self__ is not None)
print(lst.append.__self__ is lst, d.get.__self__ is d, s.upper.__self__ is s, dict.fromkeys.__self__ is dict)
print(lst.append == lst.append, lst.append != lst.append, lst.append == [].append, lst.append == lst.pop)
print(hash(lst.append) == hash(lst.append), {d.get: 1}[d.get], len({lst.append, lst.append, lst.pop}))
print(repr([].append).startswith("<built-in method append of list object at 0x"), repr({}.get)[:30])
print(repr(str.join), repr(list.append), repr(dict.__dict__["fromkeys"]), type(str.join).__name__)
print(str.upper.__qualname__, list.append.__name__, list.append.__objclass__, str.join("-", "xy"))
print(len.__self__.__name__, len.__module__, len.__qualname__, repr(len), print.__self__ is len.__self__)
print(type((1).__add__).__name__, (1).__add__.__name__, (1).__add__.__qualname__, (1).__add__.__self__, (1).__add__(2))
print(type(int.__add__).__name__, int.__add__.__qualname__, int.__add__.__objclass__, repr(int.__add__))
print(repr((5).__add__).split(" at 0x")[0], (5).__add__ == (5).__add__, object.__init__.__qualname__)
bound = lst.append
bound(4)
print(lst, bound.__self__ is lst)
