# list methods: append/extend/insert/remove/pop/index/count/clear/copy/reverse/sort, with errors.
a = [3, 1, 2]
a.append(4)
a.extend("xy")
a.extend(range(2))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x")
print(a, a.index(1), a.index(0, 3), a.count(1), a.count("zz"))
b = a.copy()
b.reverse()
print(b, a is b)
c = [5, 2, 8, 1]
c.sort()
print(c)
c.sort(key=lambda v: -v)
print(c)
c.clear()
print(c, len(c))
for src in ["[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[1].index(1, 1)", "[1].insert('a', 1)",
            "[1].append()", "[1].extend(5)", "[1].sort(key=1)", "[1, 'a'].sort()", "[].pop('x')"]:
    try:
        eval(src)
    except (TypeError, ValueError, IndexError) as e:
        print(src, "->", type(e).__name__, e)
print([1, 2] * 2, 2 * [0], [1] * 0, [1] * -1, [[0]] * 2, [1, 2] + [3], [1, [2]] == [1, [2]])
m = [[0] * 2] * 2
m[0][0] = 9
print(m)
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), [1, 2, 3][1:] == [2, 3])
print(3 in [1, 2, 3], "a" not in ["b"], len([[], []]), [1, 2, 3].__len__())
