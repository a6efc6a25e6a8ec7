# split/rsplit/splitlines/partition/rpartition/join/strip family with all argument forms
s = "  a,b,,c  "
print(s.split(), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.strip().split(",", -1))
print("a b  c\td\ne".split(), "a b  c".split(" "), " a b ".split(None, 1), " a b ".rsplit(None, 1), "".split(), "".split(","))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "abc".split("abc"), "x".split("x"), "a,b".split(",", 0))
print("l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\u2028l8\x85l9".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(), "a\r\n".splitlines(keepends=True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"), "-".join(x for x in "ab"), "->".join(("1",)))
print(repr("  xx  ".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"), "\t\n x \u3000".strip())
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"), "abc".strip(""), "abc".strip(None))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"), "x".removesuffix(""))
for call in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "-".join([1, 2]), lambda: "a".strip(1), lambda: ",".join("a", "b"), lambda: "a".rsplit("")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("a,b,c".split(sep=",", maxsplit=1), "a b c".rsplit(maxsplit=1))
