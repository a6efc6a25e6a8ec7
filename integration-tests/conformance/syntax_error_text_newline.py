# SyntaxError.text keeps the trailing newline of the offending source line
for src in ["x = (1,\n", "a b\n", "def f(:\n    pass\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
