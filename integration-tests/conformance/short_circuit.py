# Boolean operators return operands and short-circuit; not always returns bool.
log = []


def v(x):
    log.append(x)
    return x


print(v(0) and v(1), log)
log.clear()
print(v(2) and v(3), log)
log.clear()
print(v("") or v([]) or v("z") or v("never"), log)
print(None or 0, [] and 1, 5 or 6, not [], not "x")
print(1 and 2 or 3, 0 and 2 or 3, (0 or "") and 1)


class B:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("bool", self.b)
        return self.b


r = B(True) and B(False)
print(type(r).__name__, r.b)
print((B(False) or "alt"))
print(not B(True))
x = B(True) and B(True) and 7
print(x)


class BadBool:
    def __bool__(self):
        return 1


try:
    not BadBool()
except TypeError as e:
    print(type(e).__name__, e)
