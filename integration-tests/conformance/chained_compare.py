# Chained comparisons: evaluation order, each operand evaluated once, short-circuit, mixed operators.
log = []


def v(x):
    log.append(x)
    return x


print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) < v(5) > v(2) == v(2) != v(0), log)
print(1 < 2 > 1, 1 == 1.0 == True, x is x is not None)
x = 5
print(0 <= 5 < 10, not 0 <= 15 < 10)
print(1 in [1, 2] in [[1, 2]], "a" in "abc" not in "xyz")
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 == x)


class R:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print("lt", self.n, o.n)
        return "truthy-" + str(self.n)


print(R(1) < R(2) < R(3))
print(R(1) < R(2))
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(e)
print(2 < 3 < 1 < "never compared")
