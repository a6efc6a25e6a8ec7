# unary operators and numeric conversions through dunders: __neg__, __pos__, __invert__, __abs__, __int__, __float__, __complex__, __round__
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __abs__(self):
        return "abs"
    def __int__(self):
        return 42
    def __float__(self):
        return 4.2
    def __complex__(self):
        return 1j
print(-U(), +U(), ~U(), abs(U()), int(U()), float(U()), complex(U()))
class Nothing:
    pass
for expr in ["-Nothing()", "+Nothing()", "~Nothing()", "abs(Nothing())", "int(Nothing())", "float(Nothing())", "complex(Nothing())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(e)
class BadInt:
    def __int__(self):
        return "no"
class BadFloat:
    def __float__(self):
        return 1
for expr in ["int(BadInt())", "float(BadFloat())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(e)
print(-True, +False, ~0, -(-0.0), +(-0.0), -(2**100), ~(2**100), -(1 + 2j))
try:
    -"s"
except TypeError as e:
    print(e)
try:
    ~1.0
except TypeError as e:
    print(e)
try:
    ~[1]
except TypeError as e:
    print(e)
