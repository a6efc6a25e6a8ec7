# bytes/bytearray misc: iteration yields ints, comparisons across types, concatenation types, join of mixed, count/replace with bytearray args
b = b"abc"
print([x for x in b], list(bytearray(b"xy")), b"" == bytearray(), b"a" < bytearray(b"b"), bytearray(b"a") == b"a", b"abc"[1:2] == b"b")
print(type(b + bytearray(b"d")).__name__, type(bytearray(b"d") + b).__name__, type(b * 2).__name__, type(bytearray(b"x") * 2).__name__)
print(b.replace(bytearray(b"b"), memoryview(b"B")), b.count(bytearray(b"a")), b.find(memoryview(b"c")), b"-".join([bytearray(b"1"), b"2"]))
print(b.split(bytearray(b"b")), bytearray(b"a,b").split(b","), type(bytearray(b"a,b").split(b",")[0]).__name__)
print(b.startswith(bytearray(b"a")), b.endswith((b"x", memoryview(b"c"))), b"abc".strip(bytearray(b"ac")), b"a" in bytearray(b"cab"))
print(bytes(reversed(b)), sorted(b), max(b), min(b"zy"), sum(b"\x01\x02"), b"%b" % bytearray(b"ba"), len(b"\x00" * 5))
print(b"a b\tc\nd".split(), b"  x ".split(b" "), b"1,2,,3".split(b",", 1), b"abcabc".rsplit(b"b", 1), b"a\r\nb".splitlines(keepends=True))
print(b"x".ljust(3, b"-"), b"hello world".title(), b"HeLLo".swapcase(), b"abc".isalnum(), b"A1".isalpha())
print(repr(b"\x00\x01\x7f\x80\xff"), repr(bytearray(b"\t")), str(b"q"), b"abc".hex(), bytes([0, 255]).hex(" "))
try:
    b"abc" + "d"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"x") + "y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
