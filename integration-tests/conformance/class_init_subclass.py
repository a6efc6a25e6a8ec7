# __init_subclass__ (with keyword arguments from the class statement) and __set_name__.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class A(Plugin):
    pass


class B(Plugin, name="bee"):
    pass


class C(B):
    pass


print(Plugin.registry, C.plugin_name)
try:
    class D(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10


class Model:
    a = Field()
    b = Field()


m = Model()
m.a = 1
print(m.a, m.b, Model.a.name)


class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " lacks required")


try:
    class Bad(Strict):
        pass
except TypeError as e:
    print(e)


class Good(Strict):
    required = True


print("Good defined")
try:
    class E(object, x=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
