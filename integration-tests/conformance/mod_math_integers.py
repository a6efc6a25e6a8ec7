# math: floor/ceil/trunc, factorial, comb, perm, gcd, lcm, isqrt, prod
import math

print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-0.5), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(True), math.ceil(10 ** 30), math.floor(1e300) == 10 ** 300, type(math.floor(3.0)).__name__, math.floor(-0.0))
print(math.floor(1e300))

class C:
    def __floor__(self):
        return 'fl'
    def __ceil__(self):
        return 'ce'
    def __trunc__(self):
        return 'tr'

class F:
    def __float__(self):
        return 2.5

class I(int):
    pass

class Fl(float):
    pass

print(math.floor(C()), math.ceil(C()), math.trunc(C()), math.floor(F()), math.ceil(F()), math.floor(I(7)),
      math.ceil(Fl(1.5)), math.trunc(Fl(-1.5)), math.sqrt(I(16)), math.sqrt(Fl(6.25)), math.exp(F()))
print([math.factorial(n) for n in range(8)], math.factorial(30), len(str(math.factorial(1000))), math.factorial(True))
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.comb(10 ** 20, 2), math.comb(5, 5))
print(math.perm(10, 3), math.perm(5), math.perm(3, 5), math.perm(3, None), math.perm(20, 20), math.perm(10 ** 20, 2))
print(math.gcd(), math.gcd(-12), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2 ** 100, 2 ** 70 * 3), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6, 0), math.lcm(-4, 6), math.lcm(2 ** 64, 3), math.lcm(7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 5), math.isqrt(2 ** 200), math.isqrt(True))
print(math.prod([1, 2, 3], start=2), math.prod([1.5, 2]), math.prod(['a', 3]), math.prod([3, 'a']), math.prod([]),
      math.prod(range(1, 30)), math.prod([2 ** 62, 4]), math.prod([0.5], start=2 ** 70), math.prod([[1]], start=2))

class Idx:
    def __index__(self):
        return 6

print(math.gcd(Idx(), 4), math.factorial(Idx()), math.comb(Idx(), 2), math.isqrt(Idx()), math.sin(Idx()))
