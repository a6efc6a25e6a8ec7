# three-argument pow() calls the left operand's __pow__(exp, mod); no reflected ternary dispatch
class N:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b, m=None):
        return ("rpow", b, m)
print(pow(N(), 2, 7), pow(N(), 2), pow(2, N()))
try:
    pow(2, N(), 7)
except TypeError as e:
    print(type(e).__name__, e)
