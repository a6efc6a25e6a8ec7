# every list method with argument variants and error messages
l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.extend(x for x in [7]); l.insert(0, 0); l.insert(-1, 99); l.insert(100, 100); l.insert(-100, -100)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(7); print(l, l.index(2), l.index(2, 1), l.index(2, 0, 10), l.count(2), l.count(42))
c = l.copy(); c.reverse(); print(c, l is c, c == l[::-1])
l.clear(); print(l, len(l))
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(2, 0, 1),
             lambda: [].insert(0), lambda: [].append(1, 2), lambda: [].extend(5), lambda: [1].pop("a"), lambda: [].sort(1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]
a += "ab"; print(a)
a *= 2; print(a)
a[1:3] = []; print(a)
a[::2] = "XYZ"[:len(a[::2])]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[len(b):] = [4]; b[:0] = [0]; print(b, b * 0, [0] * 3, [[]] * 2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, "a"] == [1, "a"], [2] > [1, 99])
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1,)), repr([]), repr([[1], (2,), "s", None]))
r = [1]; r.append(r); print(r, len(r))
print([1, 2, 3].__contains__(2), [1].__len__(), [1, 2].__getitem__(-1), [3, 4].__reversed__().__next__())
print(isinstance([], list), type([]).__name__, list.__name__, [].__class__ is list)
e = [1, 2, 3]; del e[:]; print(e)
