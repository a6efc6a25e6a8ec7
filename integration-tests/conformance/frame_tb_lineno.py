# tb.tb_frame.f_lineno and tb_lineno for frames the exception left.
import sys


def fails(n):
    if n == 0:
        raise KeyError("deep")
    return fails(n - 1)


def run():
    try:
        fails(2)
    except KeyError as e:
        tb = e.__traceback__
        while tb is not None:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno)
            tb = tb.tb_next


run()
try:
    x = 1
    y = x / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
    print(tb.tb_frame is sys._getframe())
    print(isinstance(tb.tb_lasti, int))
