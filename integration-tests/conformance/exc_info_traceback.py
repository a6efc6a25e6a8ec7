# the third element of sys.exc_info() is the handled exception's traceback (same object as __traceback__)
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, tb is not None, tb is (v.__traceback__ if v else None), tb.tb_lineno if tb else None)
try:
    raise ValueError("outer")
except ValueError:
    show("handler")
show("after")
def f():
    raise KeyError(1)
try:
    f()
except KeyError:
    show("from callee")
    print(sys.exc_info()[2].tb_next.tb_lineno)
