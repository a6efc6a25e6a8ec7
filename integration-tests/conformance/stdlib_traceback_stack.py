# traceback.extract_stack / format_stack / walk_stack / StackSummary over live frames, as CPython.
import os
import sys
import traceback


def short(text):
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


def outer():
    return middle()


def middle():
    return inner()


def inner():
    stack = traceback.extract_stack()
    return stack, traceback.format_stack(limit=2), [f.f_code.co_name for f, _ in traceback.walk_stack(None)]


stack, formatted, walked = outer()
for fs in stack:
    print(short(fs.filename), fs.lineno, fs.name, fs.line)
print(short("".join(formatted)))
print(walked[:4])
print(short("".join(traceback.StackSummary.from_list([("a.py", 3, "fn", "x = 1"), ("b.py", 7, "gn", None)]).format())))
s = traceback.extract_stack(sys._getframe(), limit=1)
print(len(s), s[0].name, s[0].lineno)
print(traceback.FrameSummary("f.py", 1, "m", line="pass") == ("f.py", 1, "m", "pass"))


def gen():
    yield traceback.extract_stack(limit=2)[-1].name


print(next(gen()))
traceback.print_stack(limit=1)  # stderr
