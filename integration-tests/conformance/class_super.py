# super(): zero-argument form in methods, classmethods and __init__, two-argument form, super
# attribute errors, super outside methods.
class Base:
    greeting = "hi"

    def __init__(self, x):
        self.x = x

    def hello(self):
        return "Base.hello " + str(self.x)

    @classmethod
    def make(cls):
        return cls.__name__ + " made by Base"

    @staticmethod
    def st():
        return "Base.st"

    @property
    def prop(self):
        return "Base.prop"


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def hello(self):
        return "Child+" + super().hello()

    @classmethod
    def make(cls):
        return "Child:" + super().make()

    @staticmethod
    def st():
        return "Child.st"

    @property
    def prop(self):
        return "Child+" + super().prop

    def explicit(self):
        return super(Child, self).hello(), super(Base, self).__class__.__name__

    def attr(self):
        return super().greeting


c = Child(1, 2)
print(c.x, c.y, c.hello(), Child.make(), c.make(), c.st(), c.prop, c.explicit(), c.attr())
try:
    super(Child, c).missing
except AttributeError as e:
    print(type(e).__name__, e)


def outside():
    return super().hello()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(super(Child, c)).__name__)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)


class GrandChild(Child):
    def hello(self):
        return "GC+" + super().hello()


print(GrandChild(0, 0).hello())


class Lazy:
    def method(self):
        def inner():
            return super(Lazy, self).__repr__().startswith("<__main__.Lazy")
        return inner()


print(Lazy().method())
