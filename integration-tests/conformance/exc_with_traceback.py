# __traceback__ and with_traceback: tb_lineno, tb_next chain, assignment and errors
def fail():
    raise ValueError("boom")
def call():
    fail()
try:
    call()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    saved = e.__traceback__
e2 = KeyError("k")
print(e2.__traceback__)
r = e2.with_traceback(saved)
print(r is e2, e2.__traceback__ is saved)
try:
    raise e2
except KeyError as caught:
    tb = caught.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames after re-raise", n)
e3 = TypeError()
e3.__traceback__ = None
print(e3.__traceback__)
def rethrow_with_tb():
    try:
        fail()
    except ValueError as e:
        raise RuntimeError("wrapped").with_traceback(e.__traceback__)
try:
    rethrow_with_tb()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print(names)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno, type(e.__traceback__).__name__)
