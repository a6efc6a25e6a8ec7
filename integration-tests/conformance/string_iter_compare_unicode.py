# string ordering by code point (not locale), comparisons of non-BMP text, sorting mixed-case and accented words, min/max of chars
words = ["éclair", "apple", "Zebra", "zebra", "Äpfel", "apple pie", "apple", "😀smile", "\u00e9", "e\u0301"]
print(sorted(words))
print(sorted(words, key=str.casefold), sorted(words, key=len))
print("a" < "B", "B" < "a", "é" > "z", "\uffff" < "\U00010000", "e\u0301" == "\u00e9", len("e\u0301"), len("\u00e9"))
print(max("hello world"), min("hello world"), max(["b", "a", "ab"]), "".join(sorted("dcba")), list(map(ord, "aé😀")))
print("abc" < "abd" < "abda", "" < "a", "a" * 3 > "aa", ["a", "B"] < ["a", "b"], ("x", 1) < ("x", 2))
