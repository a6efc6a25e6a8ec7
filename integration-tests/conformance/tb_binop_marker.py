def ratio(a, b):
    return a.count + b / 0


class C:
    count = 1


ratio(C(), 2)
