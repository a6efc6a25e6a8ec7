# del statement calling __delitem__/__delattr__ with the right arguments (slices, tuples), descriptors' __delete__, and errors
log = []
class C:
    def __delitem__(self, k):
        log.append(("delitem", k))
    def __delattr__(self, name):
        log.append(("delattr", name))
c = C()
del c[1]
del c[1:2]
del c[1, 2]
del c[::2]
del c["k"], c[...]
del c.attr
print(log)
class Desc:
    def __get__(self, inst, owner):
        return 1
    def __set__(self, inst, v):
        pass
    def __delete__(self, inst):
        print("__delete__ called")
class H:
    d = Desc()
h = H()
del h.d
class NoDel:
    def __getitem__(self, k):
        return k
try:
    del NoDel()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyGet:
    def __get__(self, inst, owner):
        return 2
class K:
    g = OnlyGet()
k = K()
try:
    del k.g
except AttributeError as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
del x[0], x[0]
print(x)
d = {"a": 1, "b": 2}
for key in list(d):
    del d[key]
print(d)
