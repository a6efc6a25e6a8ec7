# str searching: find/rfind/index/rindex/count/startswith/endswith with start/end and tuples; errors
s = "abracadabra"
for sub in ["a", "abra", "z", "", "cad", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8), s.count(sub, 2, -2))
print(s.find("a", -3), s.find("a", 100), s.find("", 11), s.find("", 12), s.rfind("", 5), s.count("", 3, 5))
print(s.index("c"), s.rindex("a"), s.startswith("abr"), s.startswith(("x", "ab")), s.endswith("bra", 0, 11), s.endswith(("a",), 2, 4))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("cad", 0, 7), s.startswith("cad", 4), s.startswith("a", -1))
for call in [lambda: s.index("z"), lambda: s.rindex("z", 0, 3), lambda: s.startswith(["a"]), lambda: s.find(1), lambda: s.count()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "abcabc".replace("b", "X", 1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("a😀b😀".find("b"), "a😀b😀".rfind("😀"), len("a😀b"), "a😀b"[1], "a😀b"[::-1])
print("x" in "xyz", "" in "", "yz" in "xyz", "zy" not in "xyz")
print(s.find("a", None, None), s.count("a", None), s.index("a", 1, None))
