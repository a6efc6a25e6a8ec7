# str case methods and predicates, including non-ASCII and title-casing rules
words = ["hello world", "HeLLo wORLD", "they're bill's", "ß straße", "ǆemal", "İstanbul", "ﬁne", "123abc", "", "a1b2 c3"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for s in ["abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "½", "²", " ", "\t\n", "", "a b", "_x", "x_1", "1x", "Ⅻ", "é", "\x00"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("class".isidentifier(), "None".isidentifier(), "änder".isidentifier(), "a-b".isidentifier())
print("\u2028".isprintable(), "\u00a0".isspace(), "\u200b".isspace(), "\x1c".isspace())
