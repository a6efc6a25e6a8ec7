# sys._getframe(depth): the calling function's name, its line, and the depth limit.
import sys


def who_called_me():
    return sys._getframe(1).f_code.co_name


def alpha():
    return who_called_me()


def beta():
    return who_called_me()


print(alpha(), beta())
print(sys._getframe().f_code.co_name)
print(sys._getframe(0).f_code.co_name == sys._getframe().f_code.co_name)


def depth_one():
    return sys._getframe(1).f_lineno


print(depth_one())
print(depth_one(
))
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)
print(sys._getframe() is sys._getframe())
