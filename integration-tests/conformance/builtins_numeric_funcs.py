# abs/round/divmod/pow/sum/min/max on mixed types and user types with the dunder protocol
class N:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return "abs called"
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
print(abs(N(1)), round(N(1)), round(N(1), 2), divmod(N(1), 5), divmod(5, N(1)), pow(N(1), 2), N(2) ** 3)
print(sum([N(1), N(2)]).v, sum([1, 2], N(10)).v, sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([[1], [2]], []), sum((), 7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(10**6)), sum([1] * 10, start=5), sum([True, True]), sum([1e100, 1.0, -1e100]))
print(abs(-5), abs(-5.5), abs(3 - 4j), abs(True), abs(-0.0), round(2.5), round(-2.5), round(3.14159, 3), round(10**20 + 0.5))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1.5, 2), max("apple", "pear", key=len), min([[3], [1, 2]]), max({1: "a", 5: "b"}), min("hello"), max(b"az"))
print(pow(2, 10), pow(2, -1), pow(-1, 0.5).__class__.__name__, pow(7, 2, -5), pow(0, 0), pow(2.5, 2))
