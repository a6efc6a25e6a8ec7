# Inheritance: attribute and method lookup along bases, overriding, isinstance/issubclass, __bases__,
# __mro__, __name__/__qualname__/__module__ of classes, type() of instances.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    legs = 2

    def __init__(self, name, can_fly=True):
        super().__init__(name)
        self.can_fly = can_fly

    def speak(self):
        return Animal.speak(self) + " (tweet)"


for a in [Animal("generic"), Dog("rex"), Bird("tweety", False)]:
    print(a.speak(), a.legs, a.kind(), isinstance(a, Animal), isinstance(a, Dog))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(Dog.__bases__, Dog.__mro__, Animal.__base__, object.__bases__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, type(Dog("x")) is Dog, type(Dog))


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(isinstance(3, (str, int)), isinstance("s", (list, (tuple, str))), issubclass(bool, int))
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
try:
    issubclass(3, int)
except TypeError as e:
    print(e)


class Empty:
    pass


e = Empty()
e.x = 1
print(e.__dict__, Empty.__dict__.get("x"), "x" in vars(e), type(e).__name__)
try:
    class Bad(3):
        pass
except TypeError as err:
    print(type(err).__name__, err)
try:
    class Dup(Animal, Animal):
        pass
except TypeError as err:
    print(type(err).__name__, err)
