# str methods: edge arguments (negative/huge indexes, empty separators, None arguments, tabs, widths)
s = "Hello, World! hello"
print(s.find("l", -5), s.rfind("l", 0, -3), s.count("l", 3, 100), s.count(""), "".count(""), s.index("o", 5))
print(s.startswith(("x", "He")), s.endswith("lo", 0, 5), s.startswith("", 50), s.endswith("", 19), s.startswith("", 20))
print(s.split(None, 1), s.rsplit(None, 1), " a  b ".split(" "), "a,b,,c".split(",", -1), "abc".split("b", 0))
print("  x ".strip(), "xxaxx".strip("x"), "abc".lstrip("ab"), "abc".rstrip(None), "ab\u2003".strip())
print("a\tb\tc".expandtabs(0), "a\tb".expandtabs(-1), "12\t3".expandtabs(3), "x\r\ty\n\tz".expandtabs(4))
print("abc".center(8, "*"), "abc".center(6), "ab".center(5), "abc".ljust(2), "-12".zfill(6), "+x".zfill(4), "".zfill(3))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "ß".upper(), "ﬁ".upper(), "İ".lower())
print("abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "b", -1), "aaa".replace("aa", "x"))
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "abc1".isalnum(), "".isalpha())
print("Ab Cd".istitle(), "AB".isupper(), "a1".islower(), " \t".isspace(), "a_b".isidentifier(), "1a".isidentifier())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix(""), "x".join([]), "ab" * 0, -1 * "ab")
for bad in [lambda: "abc".index("z"), lambda: "a".center(5, "ab"), lambda: "a".split(""), lambda: "a".count(1),
            lambda: "a".startswith(["a"]), lambda: "a".join([1]), lambda: "a".replace("a"), lambda: "abc".rindex("z", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
