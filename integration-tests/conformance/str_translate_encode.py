# str.maketrans/translate and str.encode/bytes.decode (UTF-8, ASCII errors, error handlers).
tbl = str.maketrans("ab", "xy", "c")
print("abcabc".translate(tbl), "abc".translate({97: None, 98: "BB"}), str.maketrans({"a": "1"}))
print("é".encode(), "é".encode("latin-1"), "abc".encode("ascii"), "é".encode("ascii", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
print(b"\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"abc".decode("ascii"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
