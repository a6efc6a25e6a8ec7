# Arbitrary-precision integers: repeated multiplication and big powers.
def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r


x = fact(3000)
y = 3 ** 20000
print(x % 1000000007, y % 998244353)
