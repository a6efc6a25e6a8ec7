# binary operator dispatch: NotImplemented from both sides gives TypeError naming the operator; reflected methods for every operator
ops = [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"), ("%", "mod"), ("**", "pow"),
       ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor"), ("@", "matmul")]
class R:
    pass
for sym, name in ops:
    setattr(R, "__r%s__" % name, (lambda n: lambda self, other: "r" + n)(name))
for sym, name in ops:
    print(sym, eval("5 %s R()" % sym))
class Never:
    pass
for sym, name in ops:
    try:
        eval("Never() %s 1" % sym)
    except TypeError as e:
        print(e)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
class Left:
    def __add__(self, o):
        return "Left.add"
class Right:
    def __radd__(self, o):
        return "Right.radd"
print(Left() + Right(), 1 + Right(), [1] + [2])
try:
    divmod(Never(), 1)
except TypeError as e:
    print(e)
class Mat:
    def __matmul__(self, o):
        return "matmul"
    def __imatmul__(self, o):
        return "imatmul"
m = Mat()
print(m @ 1)
m @= 2
print(m)
try:
    1 @ 2
except TypeError as e:
    print(e)
