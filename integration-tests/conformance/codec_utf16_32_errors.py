# UTF-16/UTF-32 decoding errors (positions and reasons), error handlers, lone surrogates when encoding
cases = [(b"\x00", "utf-16"), (b"\x00d\x00", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"),
         (b"\x00\xdca\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-be"), (b"abc", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"),
         (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xff\xfe\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"),
         (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"), (b"a\x00\x00\xd8b\x00", "utf-16-le")]
for b, e in cases:
    try:
        print(repr(b.decode(e)))
    except UnicodeDecodeError as x:
        print(type(x).__name__, x, x.start, x.end)
    for h in ["replace", "ignore", "backslashreplace", "surrogatepass"]:
        try:
            print(" ", h, ascii(b.decode(e, h)))
        except UnicodeDecodeError as x:
            print(" ", h, x)
for s, e in [("a\ud800b", "utf-16-le"), ("a\ud800b", "utf-16"), ("a\udc00", "utf-32-be"), ("a\ud800", "utf-32")]:
    try:
        print(repr(s.encode(e)))
    except UnicodeEncodeError as x:
        print(type(x).__name__, x, x.start, x.end)
    for h in ["replace", "ignore", "backslashreplace", "surrogatepass", "xmlcharrefreplace"]:
        try:
            print(" ", h, s.encode(e, h))
        except UnicodeEncodeError as x:
            print(" ", h, x)
print("\U0001f600x".encode("utf-16-be"), "\U0001f600x".encode("utf-32-be"), "é".encode("utf-8-sig").decode("utf-8-sig"))
print(ascii(b"\xed\xa0\x80x".decode("utf-8", "surrogatepass")), ascii(b"\xed\xa0".decode("utf-8", "replace")))
try:
    b"\xed\xa0a".decode("utf-8", "surrogatepass")
except UnicodeDecodeError as x:
    print(type(x).__name__, x)
