# match: literal patterns (numbers, strings, negative and complex-free), value patterns (dotted names),
# singletons, or-patterns, guards, fall-through to no case.
class Color:
    RED = "red"
    GREEN = "green"


def m(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "a" | "b":
            return "a or b"
        case Color.RED:
            return "red by value"
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case int(n) if n > 100:
            return "big " + str(n)
        case _ if isinstance(v, str) and v.startswith("x"):
            return "x-string"
    return "no match"


for v in [0, -1, 1.5, "a", "b", "red", True, False, None, 1, 0.0, 1.0, 500, 50, "xy", "q"]:
    print(repr(v), "->", m(v))


def no_case(v):
    match v:
        case 1:
            print("one")
    print("after match", v)


no_case(2)
x = 5
match x:
    case 4 | 5 | 6 if x % 2:
        print("odd in range")
    case 4 | 5 | 6:
        print("even in range")
