# Subclasses of weakref.ref with __slots__ and extra constructor arguments (as weakref.KeyedRef is)
import _weakref, gc

class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class Thing:
    pass

t = Thing()
seen = []
k = KeyedRef(t, lambda w: seen.append(w.key), "the key")
print(k.key, k() is t, type(k).__name__, isinstance(k, _weakref.ref))
print(KeyedRef.__mro__)
plain = _weakref.ref(t)
print(plain is not k, _weakref.getweakrefcount(t))
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class WithDict(_weakref.ref):
    pass

w = WithDict(t)
w.note = "hello"
print(w.note, w() is t, w is not plain)
del t
gc.collect()
print(seen, k(), w())
