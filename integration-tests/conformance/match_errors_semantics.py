# match semantics: strings are not sequences, mappings match extra keys, __match_args__ errors, evaluation of subject once
def m(s):
    match s:
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
        case _:
            return "other"
print(m("abc"), m(b"ab"), m(bytearray(b"x")), m([]), m(()), m({}), m({"a": 1}), m(range(0)), m(iter([])), m(x for x in []))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    __match_args__ = ["x"]
    x = 1
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def subj():
    calls.append(1)
    return (1, 2)
match subj():
    case (1, 3):
        pass
    case (1, x):
        print("matched x", x, len(calls))
match 5:
    case int(x) if x > 10:
        print("no")
    case int(x):
        print("second int case", x)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping matched with extra keys")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match 42:
    case bool():
        print("no")
    case int():
        print("int class pattern")
match True:
    case int(v):
        print("bool is int", v)
