# A raise through direct calls of Python functions: calls on their own line (statements) and inside
# expressions, with defaults filled, a return value on the way; tracebacks, frames and the recursion
# depth afterwards must be as in CPython.
import sys
import traceback


def leaf(i, k=3):
    raise ValueError(i, k)


def stmt_call(i):
    leaf(i)


def expr_call(i):
    x = stmt_call(i) or 1
    return x


def ret_call(i):
    return expr_call(i)


def entries(e):
    return [(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)]


for f in (leaf, stmt_call, expr_call, ret_call):
    try:
        f(1)
    except ValueError as e:
        print(f.__name__, e.args, entries(e))
        print("frame after catch:", sys._getframe().f_code.co_name, sys._getframe().f_back)


def missing(a, b):
    return a + b


def calls_missing():
    missing(1)


try:
    calls_missing()
except TypeError as e:
    print("TypeError:", e, entries(e))


def deep(n):
    deep(n + 1)


for attempt in range(3):
    try:
        deep(0)
    except RecursionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("RecursionError", attempt, str(e), tb[0].name, tb[-1].name, tb[-1].line)

# the depth counter was released each time: a call chain of 900 still fits
def chain(n):
    return 0 if n == 0 else 1 + chain(n - 1)


print(chain(900))


def handled_in_callee(i):
    try:
        leaf(i)
    except ValueError:
        return "handled"


print(handled_in_callee(5), sys._getframe().f_code.co_name)


def with_context(i):
    try:
        leaf(i)
    except ValueError:
        stmt_call(i + 1)


try:
    with_context(7)
except ValueError as e:
    print("context:", e.args, e.__context__.args, entries(e))

stmt_call(9)
