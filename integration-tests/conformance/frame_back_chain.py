# f_back chains from the innermost frame to the module.
import sys


def names():
    out = []
    f = sys._getframe()
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def level2():
    return names()


def level1():
    x = level2()
    return x


class Box:
    def method(self):
        return level1()

    @staticmethod
    def static():
        return names()


print(level1())
print(Box().method())
print(Box.static())
print([names() for _ in range(1)][0][:2])
print((lambda: names())()[:2])
