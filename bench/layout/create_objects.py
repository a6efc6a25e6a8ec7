# Object creation: instances of a class whose __init__ sets four attributes, kept in a list.
class P:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


def run(n):
    objs = []
    for i in range(n):
        objs.append(P(i, i, i, i))
    s = 0
    for o in objs:
        s += o.a + o.d
    return s


print(run(500_000))
