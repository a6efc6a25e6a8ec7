# less common members of object: __doc__, __sizeof__, __subclasshook__, __reduce_ex__ presence, dir(object)
class C:
    pass
print(object.__doc__, object().__sizeof__() > 0, object.__subclasshook__(C) is NotImplemented, hasattr(object, "__reduce_ex__"))
print(sorted(dir(object)))
print(int.__doc__.splitlines()[0], len.__doc__.splitlines()[0])
