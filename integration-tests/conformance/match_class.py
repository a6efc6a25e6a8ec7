# match: class patterns with __match_args__, keyword patterns, builtin self-matching types, errors.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class NoArgs:
    def __init__(self):
        self.a = 1


def m(v):
    match v:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=1, y=yy):
            return f"x is one, y {yy}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if len(s) > 2:
            return "long str " + s
        case str():
            return "short str"
        case list([a, b]):
            return f"list of two {a} {b}"
        case tuple((a,)):
            return f"one-tuple {a}"
        case dict({"k": k}):
            return f"dict k={k}"
        case bool():
            return "never (bool is int)"
        case NoArgs(a=1):
            return "noargs a=1"
    return "other"


for v in [Point3(0, 0, 0), Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 7), Point3(1, 2, 3),
          5, 2.5, True, "long", "ab", [1, 2], (9,), {"k": 0}, NoArgs(), None]:
    print(m(v))
match Point(1, 2):
    case Point(y=2, x=1):
        print("keywords in any order")
match Point(1, 2):
    case Point(z=1):
        print("no")
    case _:
        print("missing attribute does not match")
