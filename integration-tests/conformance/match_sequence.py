# match: sequence patterns (fixed length, star in any position, nested), which types count as sequences.
def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y] if x == y:
            return "pair of equals"
        case (x, y):
            return f"pair {x} {y}"
        case [1, *mid, 9]:
            return f"1..9 with {mid}"
        case [*_, "end"]:
            return "ends with end"
        case [[a, b], *rest]:
            return f"nested {a} {b} + {len(rest)}"
        case [_, _, *_]:
            return "long"
    return "not a sequence"


for v in [[], (), [5], ("s",), [2, 2], (3, 4), [1, 2, 3, 9], [1, 9], ["a", "b", "end"],
          [[1, 2], 3, 4], [0, 0, 0], "ab", "a", {1: 2}, range(3), range(1), 7, {1, 2}]:
    print(repr(v), "->", m(v))


class MySeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


match MySeq():
    case [a, b]:
        print("custom", a, b)
    case _:
        print("custom not a sequence")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
