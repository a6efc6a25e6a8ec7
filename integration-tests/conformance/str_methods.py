# str methods: case, search, split/join, strip, partition, replace, justify, predicates, errors.
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
print(s.find("o"), s.rfind("o"), s.find("zz"), s.index("W"), s.count("l"), s.count(""), s.find("o", 5, 9))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.startswith("World", 7), "abc".endswith(""))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("l1\nl2\r\nl3".splitlines(), "x\n".splitlines(True), "-".join(["a", "b"]), "".join([]))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr(" a ".lstrip()), repr(" a ".rstrip()))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "hi".center(6, "*"), "hi".ljust(4) + "|", "hi".rjust(4), "42".zfill(5), "-42".zfill(5))
print("abc".isalpha(), "12".isdigit(), "a1".isalnum(), " ".isspace(), "Ab".istitle(), "ab".islower(), "AB".isupper(), "".isalpha(), "x_1".isidentifier())
print("tab\there".expandtabs(4), "abc".removeprefix("a"), "abc".removesuffix("c"), "ab" * 3, "a" in "cat")
print("%s|%5s" % ("x", "y"), "abc"[::-1], "Straße".casefold(), "a\tb".split("\t"), str(5).isdecimal())
print(ord(min("hello")), sorted("cab"), "a-b_c".replace("-", "_").split("_"))
for src in ["'abc'.index('z')", "'a'.join([1])", "'a'.split('')", "'abc'.center()", "'x' + 1",
            "'x'.startswith(1)", "'a'.replace(1, 2)", "'%d' % 'x'", "'x'.zfill('a')", "'abc'.count()"]:
    try:
        eval(src)
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
