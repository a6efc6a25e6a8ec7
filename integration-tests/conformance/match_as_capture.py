# match: capture and wildcard patterns, as-patterns at every level, bindings after a failed case.
def m(v):
    match v:
        case [1, (2 | 3) as second] as whole:
            return f"second={second} whole={whole}"
        case {"k": [_, *tail] as lst}:
            return f"lst={lst} tail={tail}"
        case (a, b) as pair if a < b:
            return f"ordered {pair}"
        case str() | float() as s:
            return f"text {s!r}"
        case other:
            return f"captured {other!r}"


for v in [[1, 2], [1, 3], [1, 4], {"k": [5, 6, 7]}, (1, 2), (2, 1), "s", 4.5, [7]]:
    print(m(v))
match 42:
    case _:
        print("wildcard")
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
