# str.maketrans forms and str.translate with mappings, None, LookupError, and their errors
t = str.maketrans({"a": "1", ord("b"): None, "c": 100})
print(t, "abcabc".translate(t), str.maketrans("ab", "cd", "e"), "abe".translate(str.maketrans("ab", "cd", "e")))
class M(dict):
    def __missing__(self, k):
        return None if k == ord("z") else k
print("xyz".translate(M()), "abc".translate([None, None] * 50), "aé".translate({0xe9: "E"}), "abc".translate({97: 0x1F600}))
class Raising:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return "Q"
print("aqb".translate(Raising()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: str.maketrans("a", 1),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: "a".translate(5), lambda: str.maketrans({1.5: "a"}),
            lambda: str.maketrans("a", "b", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("é".encode(encoding="latin-1"), "é".encode("ascii", errors="replace"), b"\xe9".decode(encoding="latin-1"), str(b"\xe9", encoding="latin-1", errors="strict"))
