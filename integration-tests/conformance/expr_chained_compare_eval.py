# chained comparisons evaluate each operand once and stop at the first false link
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(0) < v(3), log); log.clear()
print(v(3) > v(2) == v(2) >= v(1) != v(5), log); log.clear()
print(1 < 2 > 1, 1 == 1.0 == True, "a" < "b" < "c")
print(1 in [1] in [[1]], 2 not in [1] is not None)
x = 5
print(0 < x <= 5, 0 < x < 5, -1 < -x < 0)
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append(("lt", self.n, other.n))
        return self.n < other.n
    def __bool__(self):
        raise AssertionError("never")
a, b, c = R(1), R(2), R(3)
print(a < b < c, log); log.clear()
class W:
    def __lt__(self, o):
        return "truthy-string"
print(W() < W())
print((W() < W() < W()))
try:
    1 < "a" < 3
except TypeError as e:
    print(type(e).__name__, e)
print(None is None is None, [] == [] is not [])
