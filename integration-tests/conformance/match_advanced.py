# match: builtin class patterns with a positional subpattern (self-matching types), nested or/as patterns, dotted values, guards with side effects
def f(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case float(x) | int(x):
            return f"number {x}"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {bytes(b)!r}"
        case tuple((a, b)):
            return f"tuple pair {a},{b}"
        case list([*_, ("end" | "stop") as word]):
            return f"list ending with {word}"
        case dict({"id": int(i), **rest}):
            return f"record {i} {sorted(rest)}"
        case set() | frozenset():
            return "a set"
        case _:
            return "other"
for v in [True, -3, 0, 1, 7, 2.5, "123", "abc", b"x", bytearray(b"y"), (1, 2), [1, "stop"], [1, "go"], {"id": 5, "b": 1, "a": 2},
          {"id": "x"}, {1}, frozenset(), None]:
    print(repr(v), "->", f(v))
class Const:
    LIMIT = 10
    class Inner:
        VALUE = "deep"
seen = []
def guard(x):
    seen.append(x)
    return x > 1
for v in [10, "deep", 3, 1]:
    match v:
        case Const.LIMIT:
            print("dotted constant")
        case Const.Inner.VALUE:
            print("nested dotted constant")
        case n if guard(n):
            print("guard passed", n)
        case _:
            print("guard failed")
print(seen)
match (1, (2, [3, {"k": 4}])):
    case (a, (b, [c, {"k": d}])) as whole:
        print(a, b, c, d, whole)
