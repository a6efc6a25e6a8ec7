# weakref.ref from _weakref: identity sharing, counts, callbacks after the referent goes, hashing, equality, errors
import _weakref, gc

class A:
    pass

a = A()
r = _weakref.ref(a)
print(r() is a, r is _weakref.ref(a), _weakref.getweakrefcount(a))
calls = []
r2 = _weakref.ref(a, lambda w: calls.append(w is r2))
print(r2 is r, _weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
print(r2.__callback__ is not None, r.__callback__)
print(hash(r) == hash(a), r == r2, r != r2)
b = A()
rb = _weakref.ref(b)
print(r == rb, r != rb)
h = hash(r)
del a
gc.collect()
print(r(), r2(), calls, hash(r) == h)
print(r == r2, r == r)
dead = _weakref.ref(A())
gc.collect()
print(dead())
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)
for obj in (1, 1.5, "s", b"b", (1,), [1], {}, None, True, 2 ** 70, Exception()):
    try:
        _weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)

def f():
    pass

print(_weakref.ref(f)() is f, _weakref.ref(A)() is A, _weakref.ref({1}) is not None)
try:
    _weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref.ref(b, None, 3)
except TypeError as e:
    print("TypeError:", e)
print(_weakref.ref.__name__, _weakref.ref, _weakref.ReferenceType is _weakref.ref)
print(_weakref.ref[int])
