# How often __bool__ runs when and/or/not are used as conditions (if, while, ternary, assert,
# comprehension filters): CPython tests each operand once and never re-tests the result.
class B:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("bool", self.b)
        return self.b


print("if or")
if B(False) or B(True):
    print("taken")
print("if and")
if B(True) and B(False):
    print("not taken")
print("while and")
while B(False) and B(True):
    pass
print("ternary")
print("yes" if B(True) or B(False) else "no")
print("assert")
assert B(False) or B(True)
print("comprehension filter")
print([1 for _ in range(1) if B(True) and B(True)])
print("if not and")
if not (B(True) and B(False)):
    print("taken")
print("elif")
if B(False):
    pass
elif B(False) or B(True):
    print("elif taken")
