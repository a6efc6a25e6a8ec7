# pass, Ellipsis, semicolons, if/elif/else chains, nested functions and conditional definitions
def nothing():
    pass
print(nothing())
print(..., Ellipsis is ..., type(...).__name__, repr(Ellipsis))
def stub(): ...
print(stub())
a = 1; b = 2; print(a + b)

def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 50)])

if True:
    def f():
        return "first"
else:
    def f():
        return "second"
print(f())

x = 5
if x > 3: print("inline if")
while x > 3: x -= 1
print(x)
for i in range(2): print("inline for", i)

class Empty: pass
print(Empty.__name__, Empty.__qualname__)

def nested():
    def inner():
        def innermost():
            return innermost.__qualname__
        return innermost()
    return inner()
print(nested())
print(NotImplemented, type(NotImplemented).__name__)
print(bool(...))
print(... == ..., ... is Ellipsis)
