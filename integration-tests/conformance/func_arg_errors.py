# TypeError messages when binding arguments fails.
def two(a, b):
    return a + b


def opt(a, b=1, c=2):
    return a


def kwd(a, *, b):
    return a


class C:
    def m(self, x):
        return x


cases = [
    lambda: two(),
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: two(1, 2, c=3),
    lambda: opt(),
    lambda: opt(1, 2, 3, 4),
    lambda: kwd(1, 2),
    lambda: kwd(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: two(b=1),
    lambda: opt(1, d=5),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: x)(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
