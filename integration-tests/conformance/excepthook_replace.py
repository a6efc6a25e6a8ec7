# sys.excepthook replaced by user code: it receives the uncaught exception; sys.last_* are set first.
import sys


def hook(typ, value, tb):
    print("hook:", typ.__name__, value, file=sys.stderr)
    print("last:", sys.last_type is typ, sys.last_value is value, sys.last_traceback is tb)
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)


print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook


def fail():
    raise ValueError("custom hook")


fail()
