# str indexing, slicing with steps, iteration, comparisons, concatenation, len on non-BMP text
s = "Hello, Wörld 😀!"
print(len(s), s[0], s[-1], s[7:12], s[::-1], s[::3], s[-3:], s[100:], s[-100:3])
print([c for c in "a😀b"], list(reversed("abc")), sorted("banana"), "".join(sorted(set("banana"))))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "😀" > "\uffff", "a" * 3 == "aaa", "abc" != "ABC")
print(max("hello"), min("hello"), "abc" + "def", "x" "y" "z")
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print(ord("😀"), chr(128512), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\U0001F600" == "😀", "\x41")
print(str(), str(123), str(b"ab"), str(None), str([1, "a"]), str(1.0), str(b"ab", "ascii"), str(object=5))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f\x80\xff"), repr("é😀\u200b"))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(2), "ab".__eq__(1), "ab".__lt__("b"))
