# behaviours named by CPython's test_str/string_tests: subclass results, mul/join/replace edge cases, comparisons, non-BMP handling, str() of str subclass
class MyStr(str):
    pass
s = MyStr("abc")
print(type(s + "d").__name__, type(s * 2).__name__, type(s.upper()).__name__, type(s[:]).__name__, type(str(s)).__name__, repr(s), s == "abc")
print(type(s.strip()).__name__, type(s.replace("z", "y")).__name__, type(format(s, "")).__name__)
print("".join([]), "a".join(["x"]), "ab".join(["1", "2", "3"]), "".join("abc"), "-".join(map(str, range(4))))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "".replace("", "x"), "abc".replace("", ""), "a".replace("a", ""))
print("abc" * 0, "" * 10, "x".center(0))
print("😀😁".encode("utf-8"), len("😀😁"), "😀😁"[1], "😀😁".find("😁"), "😀😁".upper(), "a😀".isalpha(), "😀" < "😁", "\U0001F600".isprintable())
print("\u0130".lower(), len("\u0130".lower()), "ß".upper(), "ﬃ".upper(), "ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ǆ".istitle(), "ǅ".istitle())
print("abc".startswith(""), "".startswith(""), "".endswith("", 0, 0), "abc".endswith("", 5), "abc"[5:], "abc"[-5:])
print("a\x00b".split("\x00"), len("\x00"), "tab\there".expandtabs(2), "line\r\nnext".splitlines(), repr("\x7f"), repr("\x9f"), repr("\xa0"))
print(str(1e100), str(-0.0), str([1.0, "s"]), str(("a",)), str({"k": 1.5}), str(b"\x00"), str(bytearray(b"z")))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"), str(object=b"x"), str(errors="strict", object=b"y"))
