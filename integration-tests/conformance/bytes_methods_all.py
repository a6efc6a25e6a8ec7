# bytes methods: search, split/join, strip, case, predicates, replace, padding, hex/fromhex, count with ints
b = b"Hello, World! hello"
print(b.find(b"llo"), b.rfind(b"llo"), b.find(108), b.count(b"l"), b.count(111), b.index(b"W"), b.rindex(b"o"), b.startswith((b"x", b"He")), b.endswith(b"lo"))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4), b"ab".rjust(4, b"-"))
print(b.split(), b.split(b","), b.rsplit(b"l", 2), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b.partition(b" "), b.rpartition(b" "))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"  x  ".strip(), b"xxaxx".strip(b"x"), b"ab".lstrip(b"a"), b"ab".rstrip(b"b"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
for s in [b"abc", b"ABC", b"123", b"a1", b" ", b"", b"Ab Cd", b"\xff"]:
    print(s, s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"\x00\xffab".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(bytes.maketrans(b"ab", b"xy")[97:99], b"aabbc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
for call in [lambda: b"a".find("a"), lambda: b"a" + "a", lambda: bytes.fromhex("zz"), lambda: b"a".index(b"z"), lambda: b"a".join(["x"]),
             lambda: b"a".split(b""), lambda: b"a".count(256), lambda: b"%d" % "x"]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %r %b %5.2f %%" % (b"s", 42, 255, b"r", b"bb", 3.14159), b"%(k)s" % {b"k": b"v"})
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode(), "café".encode("latin-1"), b"\xff".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("ascii", "ignore"), "éa".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"))
