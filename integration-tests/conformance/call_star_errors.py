# Errors of * and ** unpacking at call sites: messages name the callee with its module.
def f(*args, **kwargs):
    return args, kwargs


class C:
    def m(self, *a, **k):
        pass


cases = [
    lambda: f(**{"a": 1}, a=2),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(*5),
    lambda: f(*None),
    lambda: f(**[1]),
    lambda: f(**{1: 2}),
    lambda: C().m(**{"x": 1}, x=2),
    lambda: C().m(*3),
    lambda: len(*5),
    lambda: print(**{"sep": 1}, sep=2),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
