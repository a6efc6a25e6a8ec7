# bytes and bytearray methods: edge arguments, int arguments for searches, mixed types, errors
b = b"Hello, World! hello"
ba = bytearray(b)
print(b.find(108), b.find(b"l", -5), ba.rfind(b"l", 0, -3), b.count(b""), b.count(111), ba.index(b"o", 5), b.rindex(108))
print(b.split(), ba.split(b" ", 1), b.rsplit(None, 1), b"a,b,,c".split(b","), bytearray(b" a  b ").split(b" "))
print(b"  x ".strip(), b"xxaxx".strip(b"x"), bytearray(b"abc").lstrip(b"ab"), b"abc".rstrip(None), b"\x0b\x0cx\x1c".strip())
print(b"abc".center(8, b"*"), bytearray(b"abc").ljust(6, b"-"), b"-12".zfill(6), b"ab".rjust(1), b"a".center(4))
print(b"a-b-c".partition(b"-"), bytearray(b"a-b-c").rpartition(b"-"), b"abc".partition(bytearray(b"x")))
print(b"Hello World".swapcase(), b"hello world".title(), b"they're".title(), b"abc".capitalize(), bytearray(b"aBc").upper())
print(b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b"b", 2), bytearray(b"aaa").replace(b"aa", b"x"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(keepends=True), b"\x0b\x1c".splitlines())
print(b"123".isdigit(), b"abc1".isalnum(), b"".isalpha(), b"Ab Cd".istitle(), b" \t\x0b".isspace(), b"\xe9".isalpha(), b"abc".isascii())
print(b"abc".removeprefix(b"ab"), bytearray(b"abc").removesuffix(b"bc"), b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(b"abc".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -4), bytes.fromhex("61 62 63"), bytearray.fromhex(" 01ff "))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 1), b"a" in b"abc", 97 in b"abc", bytearray(b"ab") * 2, 2 * b"ab")
print(bytes.maketrans(b"ab", b"xy"), b"abcab".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
for bad in [lambda: b"abc".index(b"z"), lambda: b"a".center(5, b"ab"), lambda: b"a".split(b""), lambda: b"a".find(256),
            lambda: b"a".join([1]), lambda: b"a".startswith("a"), lambda: b"a" + "b", lambda: bytes.fromhex("zz"),
            lambda: b"a".count(-1), lambda: b"x".hex("::"), lambda: b"a" in "a"]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
