# str.encode / bytes.decode with utf-8, utf-16, utf-32, latin-1, ascii and error handlers; codec name normalisation
s = "Aé😀"
for codec in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii"]:
    try:
        b = s.encode(codec)
        print(codec, b, b.decode(codec) == s)
    except UnicodeEncodeError as e:
        print(codec, type(e).__name__, e.start, e.end, e.reason)
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(handler, s.encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, type(e).__name__, e)
for handler in ["ignore", "replace", "backslashreplace"]:
    r = b"a\xffb\xc3".decode("utf-8", handler)
    print(handler, ascii(r))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("utf-8", "no-such-handler")
    print("unused handler is not looked up")
except LookupError as e:
    print(type(e).__name__, e)
