# weakref.proxy: attribute access and operations forwarded; ReferenceError once the referent is gone
import _weakref, gc

class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __call__(self, x):
        return x * 2

    def __str__(self):
        return "Box%s" % (self.items,)

b = Box([1, 2, 3])
p = _weakref.proxy(b)
print(p.items, len(p), p[1], p(21), str(p), bool(p))
p.extra = 5
print(b.extra)
print(type(p).__name__, type(_weakref.proxy(Box)).__name__)

class Plain:
    pass

q = _weakref.proxy(Plain())
gc.collect()
try:
    q.anything
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
