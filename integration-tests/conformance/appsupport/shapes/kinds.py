from .base import Shape
from .. import inventory  # a relative import two levels up


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size  # integer "pi" keeps the output exact


class Square(Shape):
    def area(self):
        return self.size ** 2


MODULE_SEEN = inventory.__name__
