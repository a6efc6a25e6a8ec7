# codec error handlers for ascii/latin-1/utf-8 both ways, and the error objects' attributes
s = "aé€😀\udcff"
for enc in ["ascii", "latin-1", "utf-8"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, h, s.encode(enc, h))
        except UnicodeEncodeError as e:
            print(enc, h, type(e).__name__, e, e.start, e.end, repr(e.object[e.start:e.end]), e.encoding, e.reason)
data = b"a\xe9\xff\xc3\xa9\xed\xa0\x80\xf0\x9f"
for enc in ["ascii", "latin-1", "utf-8"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, h, ascii(data.decode(enc, h)))
        except UnicodeDecodeError as e:
            print(enc, h, type(e).__name__, e, e.start, e.end, e.object[e.start:e.end], e.reason)
try:
    "x".encode("utf-8", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
