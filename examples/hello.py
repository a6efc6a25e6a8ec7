# A first Jyston program: functions, loops, arbitrary-precision integers, exceptions.

def factorial(n):
    result = 1
    while n > 1:
        result = result * n
        n = n - 1
    return result


def fib(n):
    a, b = 0, 1
    i = 0
    while i < n:
        a, b = b, a + b
        i += 1
    return a


print("Hello from Jyston!")
print("1 + 2 =", 1 + 2)
print("2 ** 100 =", 2 ** 100)
print("30! =", factorial(30))
print("fib(90) =", fib(90))
print("7 // -2 =", 7 // -2, "and 7 % -2 =", 7 % -2)

try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", repr(e))
