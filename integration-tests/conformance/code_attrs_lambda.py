# Code objects of lambdas and comprehensions.
square = lambda x: x * x
pair = lambda a, *rest, k=1: (a, rest, k)
for fn in (square, pair):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_flags)


def make():
    return lambda y: y + 1


inner = make()
print(inner.__code__.co_name, inner.__code__.co_qualname, inner.__code__.co_flags)
import sys
names = [sys._getframe().f_code.co_name for _ in range(1)]
print(names)
print({k: sys._getframe().f_code.co_name for k in range(1)})
print([sys._getframe().f_code.co_varnames for _ in range(1)])
