# staticmethod and classmethod: called on class and instance, inheritance passes the subclass, the
# descriptors themselves, alternative constructors.
class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    pass


print(Point.origin(), Point3.origin(), Point(1, 2).origin(), Point3.from_pair((5, 6)))
print(Point.dist(Point(0, 0), Point(3, 4)), Point(1, 1).dist(Point(0, 0), Point(1, 1)), Point.count)
sm = Point.__dict__["dist"]
cm = Point.__dict__["origin"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is Point.dist, cm.__func__.__name__)
print(Point.origin.__self__ is Point, Point3.origin.__self__ is Point3)


def free(*args):
    return args


class Holder:
    s = staticmethod(free)
    c = classmethod(free)
    plain = free


h = Holder()
print(h.s(1), Holder.s(1), h.c(1)[0] is Holder, Holder.c(1)[0] is Holder, h.plain(1)[0] is h)
print(staticmethod(free)(5) if hasattr(staticmethod, "__call__") else "n/a")
