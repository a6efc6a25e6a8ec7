n = 10
while True:
    n -= 3
    if n < 0:
        raise ArithmeticError(n)
