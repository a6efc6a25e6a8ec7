# sorted, min, max: key functions, reverse, stability, default, multiple arguments, errors.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted(range(5), reverse=True), sorted([]))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a", key=ord))
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(min([], default="empty"), max([], default=None), max([1], default=5), min((x for x in [2, 1])))
print(max([1, 2, 3], key=lambda v: -v), max(["aa", "b", "cc"], key=len), min([-3, 2], key=abs))
lst = [3, 1, 2]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
for src in ["min()", "max([])", "min(1)", "sorted([1, 'a'])", "max(1, 2, default=0)", "sorted(5)",
            "min([1, 2], key=5)", "sorted([1], cmp=None)", "max('a', 1)"]:
    try:
        eval(src)
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([True, 0, False, 1]))
