# round(): ndigits None vs omitted, negative ndigits, ints stay ints, floats ties-to-even on the decimal value, user __round__
print(round(2.5), round(2.5, None), type(round(2.5, None)).__name__, round(-0.5), round(0.5), round(1.5), round(2.675, 2), round(0.125, 2))
print(round(12345, -2), round(12355, -1), round(-12345, -2), round(5, -1), round(15, -1), round(25, -1), round(10**20 + 5, -1))
print(round(1234.5678, -2), round(-1234.5678, 1), round(0.1 + 0.2, 15), round(1e16 + 0.5), round(123.456, -5), round(float("1e300"), -300))
print(type(round(7)).__name__, type(round(7, 0)).__name__, type(round(7.0)).__name__, type(round(7.0, 0)).__name__, round(True), round(True, 1))
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3), round(R(), None))
for bad in [("1.5",), (1.5, "2"), (1.5, 1.0)]:
    try:
        round(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(round(-0.0), round(-0.4), str(round(-0.4, 0)), round(0.5e-323, 323) if False else "skip", round(1e-20, 25))
