# str operations: comparison, membership, repetition, iteration, escape sequences, unicode lengths,
# concatenation of literals, immutability errors.
print("abc" < "abd", "Z" < "a", "" < "a", "a" * 3, "ab" in "cabd", "" in "x", len("日本語"), len("\U0001F600"))
print([c for c in "héllo"], list(reversed("abc")), "a" "b" 'c', "x" + "y" * 2, "\x41\u0042\N{LATIN SMALL LETTER C}")
print(r"raw\n", len("\n\t\\"), "\101", "line1\
line2", "a\0b" == "a\x00b", "é" == "e\u0301", max("abc"), min("abc"))
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
s = "hello"
print(s[1], s[-1], s.upper() is not s, s * 0 == "", str() == "", str(b"x", "ascii") if False else "skip")
print("%s" % s == s, f"{s}" == s, s.__len__(), s.__contains__("ell"), s.__getitem__(0), "abc".__add__("d"))
