# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it.
x = "global"


def f1():
    print(x)
    x = "local"


def f2():
    x += 1


def f3():
    if False:
        x = 1
    return x


def f4():
    for i in range(0):
        pass
    return i


def f5():
    try:
        pass
    except Exception as x:
        pass
    return x


def f6():
    del x


def f7():
    def inner():
        return y
    try:
        return inner()
    finally:
        y = 1


def f8():
    import_later = x
    [x for x in range(3)]
    return import_later


for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    try:
        print(f.__name__, f())
    except NameError as e:
        print(f.__name__, type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
