# match: every pattern kind — literal, capture, wildcard, value, sequence (star), mapping (**rest), class (positional via __match_args__), or, as, guard
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
RED = "red"
class Colors:
    BLUE = "blue"
def describe(s):
    match s:
        case 0 | 1 as small:
            return f"small int {small}"
        case True:
            return "True literal (never, 1 matched first)"
        case None:
            return "None"
        case -5 | 2.5 | 3 + 4j:
            return f"negative/float/complex literal {s}"
        case "x" | b"y":
            return "str or bytes literal"
        case Colors.BLUE:
            return "value pattern"
        case [first, *middle, last] if len(middle) > 1:
            return f"long seq {first} {middle} {last}"
        case (a, b):
            return f"pair {a} {b}"
        case [_, _, _]:
            return "triple"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"k": [1, *_]}:
            return "mapping with sequence inside"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case str() as text:
            return f"other str {text!r}"
        case {**everything} if not everything:
            return "empty mapping"
        case _:
            return f"fallback {type(s).__name__}"
for v in [0, 1, True, None, -5, 2.5, 3 + 4j, "x", b"y", "blue", [1, 2, 3, 4], (1, 2), "ab", [1, 2, 3], {"type": "circle", "r": 2, "c": 0},
          {"k": [1, 2]}, Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2), 500, 500.5, "other", {}, {"z": 1}, 7, [1], range(2), (1, 2, 3, 4)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match RED:
    case str(RED_LIKE):
        print("class pattern with capture", RED_LIKE)
