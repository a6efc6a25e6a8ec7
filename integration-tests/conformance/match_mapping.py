# match: mapping patterns (subset matching, **rest, value patterns as keys, nested), non-mappings.
class K:
    KEY = "k"


def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {K.KEY: [first, *_]}:
            return f"k list {first}"
        case {1: one, 2: _}:
            return f"int keys {one}"
        case {}:
            return "some mapping"
    return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0},
          {"k": [9, 8]}, {"k": []}, {1: "a", 2: "b"}, {1: "a"}, {}, [("type", "point")], "s"]:
    print(v, "->", m(v))


class Counting(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)


match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others, type(others).__name__)
match {"a": None}:
    case {"a": None}:
        print("None value matched")
match {}:
    case {"a": _}:
        print("no")
    case _:
        print("missing key fails")
