# Classes: attributes, methods, inheritance, super(), properties, static and class methods.
class Animal:
    """An animal."""
    kind = "generic"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"

    @property
    def upper(self):
        return self.name.upper()

    @upper.setter
    def upper(self, value):
        self.name = value.lower()

    @staticmethod
    def create(name):
        return Dog(name)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} is a {cls.kind}"


d = Dog.create("Rex")
print(d.speak())
print(d.upper)
d.upper = "FIDO"
print(d.name, d)
print(Dog.describe(), Animal.kind, d.kind)
print(isinstance(d, Animal), issubclass(Dog, Animal) if False else True)
print(Dog.__mro__)
print(Animal.__doc__, Dog.__doc__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
d.extra = 42
print(sorted(d.__dict__.items()) if False else d.__dict__)
try:
    d.missing
except AttributeError as e:
    print(e)
try:
    Dog.missing
except AttributeError as e:
    print(e)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x + p.y)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
