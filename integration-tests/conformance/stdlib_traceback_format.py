# The traceback module over traceback objects: walk_tb, extract_tb, format_tb, format_exception,
# print_exc, TracebackException (chains, limits, compact) give CPython's text.
import os
import sys
import traceback


def short(text):
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


def f(x):
    return int.__floordiv__(10, x)


def g(x):
    return f(x) + 1


def h():
    try:
        g(0)
    except ZeroDivisionError as e:
        raise KeyError("k") from e


try:
    g(0)
except ZeroDivisionError as e:
    exc = e

tb = exc.__traceback__
print([(fr.f_code.co_name, line) for fr, line in traceback.walk_tb(tb)])
for fs in traceback.extract_tb(tb):
    print(short(fs.filename), fs.lineno, fs.name, repr(fs.line))
print(short("".join(traceback.format_tb(tb))))
print(short("".join(traceback.format_tb(tb, limit=1))))
print(short("".join(traceback.format_exception(exc))))
print(short("".join(traceback.format_exception(type(exc), exc, tb, limit=-1))))
print(traceback.format_exception_only(type(exc), exc))
print(traceback.format_exception_only(exc))

try:
    h()
except KeyError as e:
    chained = e
print(short("".join(traceback.format_exception(chained))))
print(short("".join(traceback.format_exception(chained, chain=False))))
te = traceback.TracebackException.from_exception(chained)
print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(te.stack), len(te.__cause__.stack))
print(short("".join(te.format(chain=True))))
print("".join(te.format_exception_only()))

try:
    g(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout) if False else None
    text = traceback.format_exc()
    print(short(text))
    traceback.print_exc()  # to stderr, folded to @DIR@

# relinking a traceback cuts the report
tb2 = chained.__traceback__
while tb2.tb_next is not None:
    last = tb2
    tb2 = tb2.tb_next
print(len(list(traceback.walk_tb(chained.__traceback__))))
chained.__traceback__.tb_next = None
print(len(list(traceback.walk_tb(chained.__traceback__))))
print(short("".join(traceback.format_exception(chained, chain=False))))
