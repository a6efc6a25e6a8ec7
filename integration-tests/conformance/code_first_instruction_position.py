# A function's first instruction (CPython's RESUME) sits at (co_firstlineno, co_firstlineno, 0, 0):
# co_positions() starts with it, and a traceback entry at offset 0 (tb_lasti == 0, a frame
# interrupted before its first line) reports the def line with an empty caret line.
import sys
import traceback
import types


def f():
    return sys._getframe()


def d(fn):
    return fn


@d
def decorated():
    return 1


def show(code):
    first = code.co_firstlineno
    pos = list(code.co_positions())[0]
    print(code.co_name, (pos[0] - first, pos[1] - first, pos[2], pos[3]))


show(f.__code__)
show(decorated.__code__)
show((lambda: 1).__code__)

frame = f()
tb = types.TracebackType(None, frame, 0, f.__code__.co_firstlineno)
exc = KeyboardInterrupt()
exc.__traceback__ = tb
lines = traceback.format_exception(exc)
print([line.replace(__file__, "FILE").rstrip() for line in lines])
