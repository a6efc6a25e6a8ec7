# Structural pattern matching: literals, captures, sequences, mappings, classes, guards, or-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case None:
            return "none"
        case True:
            return "true"
        case [x, y, *rest] if not rest:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"name": str(name), **others}:
            return f"named {name}, {sorted(others)}"
        case Point(0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point with x {px}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "something else"


for v in [0, 1, None, True, [1, 2], [1, 2, 3], {"name": "a", "b": 1, "c": 2}, Point(0, 0), Point(2, 2),
          Point(3, 1), "hi", 3.5, ()]:
    print(describe(v))
