# A SyntaxError spanning several lines of source given as a string: its text is the first line
# without the newline, and its end offset is cut to one past that text, so traceback draws one caret.
import traceback

code = """

foo(a, z
        for z in
            range(10), b, c)
"""
cases = [code, "foo(x for x in\n y, 1)\n", "f(a, b for b in [\n 1,\n 2])\n", "x = (1 +\n  2) = 3\n",
         "f(a, b for b in c)\n"]
for source in cases:
    for mode in ("exec", "single"):
        try:
            compile(source, "?", mode)
        except SyntaxError as e:
            print(mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    compile(code, "?", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
