# str methods on non-BMP and combining characters: len, index, slicing, find, case, justification, repr
s = "a😀b\U0001F600c é"
print(len(s), s[1], s[-1], s[1:4], s[::-1], s.find("b"), s.rfind("😀"), s.index("c"), s.count("😀"))
print(s.upper(), s.center(12, "😀"), s.split("😀"), s.partition("b"), s.replace("😀", "x", 1), repr(s), ascii(s))
print("ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ǅ".istitle(), "ŉ".upper(), "ΐ".upper(), "ﬀ".title(), "ß".title(), "ß".casefold())
print("ΣΑΣ ΣΑΣ".lower(), "ἀΣ".lower(), "Σ.".lower(), "A\u0301Σ".lower(), "Σ'".lower())
print([c.isprintable() for c in "a\x7f\u00a0\u200b\U0001F600\ue000"], "\u0660\u06f1".isdecimal(), "ⅷ".isnumeric())
print(str.maketrans("ab", "😀c"), "abc".translate(str.maketrans("ab", "😀c")), "abc".translate({97: None, 98: "BB"}))
print("x".join(["😀", "é"]), "😀😀".encode("utf-8"), "é".encode("latin-1"), "😀".encode("utf-16-be"), "\u00e9".encode("ascii", "xmlcharrefreplace"))
