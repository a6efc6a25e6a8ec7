# return/break/continue inside finally override or swallow the pending exception or return value
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "after loop", i
print(f3())
def f4():
    log = []
    for i in range(5):
        try:
            if i == 3:
                return log
            log.append(i)
        finally:
            log.append("f%d" % i)
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("outer finally")
print(f6())
def f7():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after break"
print(f7())
def f8():
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b")
    finally:
        return "finally wins over except's raise"
print(f8())
def f9():
    try:
        pass
    finally:
        raise RuntimeError("from finally")
try:
    f9()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
def f10():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("second")
try:
    f10()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
