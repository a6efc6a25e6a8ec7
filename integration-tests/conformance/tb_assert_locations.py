# Where an uncaught AssertionError is located: carets under a comparison test only (CPython 3.11).
def check(kind, x):
    try:
        if kind == 0:
            assert x > 3, "compare"
        elif kind == 1:
            assert x, "name"
        elif kind == 2:
            assert len([]) , f"call {x}"
        elif kind == 3:
            assert x and None
        elif kind == 4:
            assert not x, x
        elif kind == 5:
            assert x.real < 0 < 1
    except AssertionError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(kind, repr(e), tb.tb_lineno)


for k in range(6):
    check(k, 1 if k == 4 else 0)
y = 0
assert y
