# try/finally: return/break/continue in finally override, finally runs on every exit path, else.
def f1():
    try:
        return "try"
    finally:
        print("finally f1")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def f4():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i


def f5():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out


def f6():
    x = "before"
    try:
        return x
    finally:
        x = "after"


def f7():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else"
    finally:
        print("finally f7")


def f8():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"


def f9():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        return "outer caught " + repr(e)


for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, f())
