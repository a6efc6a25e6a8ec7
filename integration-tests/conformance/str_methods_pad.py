# center/ljust/rjust/zfill/expandtabs/ multiplication and padding corner cases
for w in [0, 3, 5, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "--1"]:
    print(repr(s), s.zfill(6), s.zfill(1))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)), repr("x\r\ty".expandtabs(4)))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
for call in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a" * 1.5, lambda: "a" * "b", lambda: "a".zfill()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("日本".center(6, "*"), "😀".rjust(3, "-"), "é".ljust(3, "é"))
