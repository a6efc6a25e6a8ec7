# and/or return operands (not booleans), evaluate lazily, __bool__ called once per operand, not always returns bool
calls = []
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        calls.append(self.name)
        return self.truth
    def __repr__(self):
        return self.name
a, b, c = T("a", True), T("b", False), T("c", True)
print(a and b and c, calls); calls.clear()
print(b or c or a, calls); calls.clear()
print(a or b, calls); calls.clear()
print(b and a, calls); calls.clear()
print(not a, not b, calls); calls.clear()
print((a and b) or c, calls); calls.clear()
if a and c:
    print("if consumed", calls)
calls.clear()
r = [x for x in (a, b, c) if x]
print(r, calls); calls.clear()
print(0 or "", "" or 0, [] and 1, 1 and [], None or False, False or None, 0.0 and 1, "a" and "b" or "c")
def side(v):
    print("side", v)
    return v
print(side(0) and side(1), side(2) or side(3))
print(1 and 2 and 3, 0 or 0 or 0, (1, 2) and "t", {} or [] or "last")
