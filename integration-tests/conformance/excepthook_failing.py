# A sys.excepthook that itself raises: CPython reports both exceptions.
import sys


def bad_hook(typ, value, tb):
    raise RuntimeError("hook broke")


sys.excepthook = bad_hook
raise KeyError("original")
