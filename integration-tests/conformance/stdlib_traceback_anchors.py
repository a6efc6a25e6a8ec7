# The traceback module's ~~^^ anchors for binary operations and subscripts, found with ast.parse
# of the failing segment (as CPython's traceback.py does).
import os
import traceback


def short(text):
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


def div(x):
    return 10 // x


def sub(d):
    return d["key"] + d[0]


for fn, arg in ((div, 0), (sub, {})):
    try:
        fn(arg)
    except Exception as e:
        print(short("".join(traceback.format_exception(e))))
