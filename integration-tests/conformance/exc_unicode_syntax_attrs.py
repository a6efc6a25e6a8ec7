# UnicodeDecodeError/EncodeError/TranslateError attributes and str; SyntaxError fields and str
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e), e.args)
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
u = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "bad")
print(str(u), u.args)
u = UnicodeEncodeError("ascii", "xyz", 1, 2, "nope")
print(str(u))
t = UnicodeTranslateError("abc", 0, 1, "why")
print(str(t), t.object, t.encoding if hasattr(t, "encoding") else None)
try:
    UnicodeDecodeError("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile("1 +* 2", "f.py", "eval")
except SyntaxError as e:
    print(str(e), e.args[0], e.args[1][:3])
try:
    compile("def f():\n  return 1\n   return 2", "ind.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, str(e))
s = SyntaxError("m", ("file.py", 3, 4, "text\n", 3, 6))
print(str(s), s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, s.print_file_and_line)
print(str(SyntaxError("only msg")), repr(SyntaxError()), SyntaxError("m").lineno)
