# error messages for wrong calls: missing, extra, duplicate, unexpected keyword, positional-only passed by keyword
def f(a, b, c=3):
    pass
def g(a, /, b, *, c):
    pass
def h(*, k):
    pass
def v(*args, **kw):
    pass
class C:
    def m(self, x):
        pass
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, a=1), lambda: f(1, 2, d=4), lambda: f(1, b=2, z=1, y=2),
         lambda: g(a=1, b=2, c=3), lambda: g(1, 2, 3), lambda: g(1, 2), lambda: g(1, b=2), lambda: h(1), lambda: h(),
         lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(), lambda: v(**{"a": 1}, a=2), lambda: (lambda: 0)(1),
         lambda: f(*[1, 2, 3, 4, 5]), lambda: g(), lambda: h(k=1, j=2), lambda: len(), lambda: len(1, 2), lambda: abs(x=1),
         lambda: divmod(1), lambda: int("1", 2, 3), lambda: sorted(), lambda: [].append(), lambda: {}.get(1, 2, 3)]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
def many(a, b, c, d):
    pass
for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        many(*args)
    except TypeError as e:
        print(e)
def kwmany(*, a, b, c):
    pass
try:
    kwmany()
except TypeError as e:
    print(e)
