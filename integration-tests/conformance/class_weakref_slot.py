# __weakref__ and __dict__ in __slots__
class Plain:
    pass
print("__weakref__" in Plain.__dict__, "__dict__" in Plain.__dict__)
class S:
    __slots__ = ("a",)
print("__weakref__" in S.__dict__, "__dict__" in S.__dict__, hasattr(S(), "__dict__"))
class SW:
    __slots__ = ("a", "__weakref__")
print("__weakref__" in SW.__dict__, "__dict__" in SW.__dict__, SW.__slots__)
print(SW().__weakref__)
class SD:
    __slots__ = ("a", "__dict__")
o = SD()
o.a = 1
o.b = 2
print(o.__dict__, o.a, "__dict__" in SD.__dict__, "__weakref__" in SD.__dict__)
class SDW:
    __slots__ = ["__dict__", "__weakref__"]
o = SDW()
o.z = 3
print(o.__dict__, o.__weakref__)
class Sub(SW):
    __slots__ = ()
print("__weakref__" in Sub.__dict__)
try:
    class Bad(SW):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(Plain):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad3(SD):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad4:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
try:
    class Bad5:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError", e)
class IntW(int):
    __slots__ = ()
print("__weakref__" in IntW.__dict__)
try:
    class Bad6(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad7(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)
class TW(tuple):
    __slots__ = ()
try:
    class Bad8(tuple):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)
w = SW.__dict__["__weakref__"]
print(type(w).__name__, w.__name__)
