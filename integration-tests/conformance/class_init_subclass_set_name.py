# __init_subclass__ with keywords and __set_name__ on descriptors, including order and classes created with type()
class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append((cls.__name__, tag))
class A(Registry, tag="a"):
    pass
class B(A):
    pass
print(Registry.subclasses, A.tag, B.tag)
try:
    class Bad(Registry, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
names = []
class Field:
    def __set_name__(self, owner, name):
        names.append((owner.__name__, name))
        self.name = name
    def __get__(self, inst, owner):
        return "field " + self.name
class Model:
    first = Field()
    second = Field()
print(names, Model().first, Model.second)
T = type("T", (), {"dyn": Field()})
print(names[-1], T().dyn)
class Late:
    pass
f = Field()
Late.added = f
print(hasattr(f, "name"))
class Base:
    def __init_subclass__(cls):
        cls.created = cls.__name__ + " created"
class Sub(Base):
    pass
print(Sub.created, hasattr(Base, "created"))
class Cooperative:
    def __init_subclass__(cls, **kwargs):
        print("Cooperative got", kwargs)
        super().__init_subclass__()
class Mixed(Cooperative, flag=True):
    pass
