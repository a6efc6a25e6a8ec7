# Indexing lists and tuples by ints: every path must match CPython (negative, out of range, subclasses, aug-assign).
a = [10, 20, 30]
t = (1, 2, 3)
print(a[0], a[-1], a[-3], t[1], t[-1], t[-3])
for i in (3, -4, 2 ** 70, -(2 ** 70)):
    try:
        print(a[i])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(t[i])
    except IndexError as e:
        print("IndexError", e)
    try:
        a[i] = 0
    except IndexError as e:
        print("IndexError", e)
a[-1] = 33
a[0] += 1
a[1] -= 0.5
a[2] *= 2
print(a)
s = ["x", "y"]
s[0] += "z"
s[-1] *= 3
print(s)
n = [[1, 2], [3, 4]]
n[1][0] += n[0][1]
print(n, n[-1][-1], n[True], t[False])


class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, ("set", v))


class T(tuple):
    def __getitem__(self, i):
        return "T" + str(i)


l = L([1, 2, 3])
print(l[0], l[-1])
l[1] = 5
print(list.__getitem__(l, 1))
l[2] += 1 if False else ("p",)
print(list(l))
print(T((1, 2))[0], T((1, 2))[5])
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    k = "0"
    print([1, 2][k])
except TypeError as e:
    print("TypeError", e)
try:
    k = 1.0
    print((1, 2)[k])
except TypeError as e:
    print("TypeError", e)
i = 0
total = 0.0
v = [0.5, 1.5, 2.5]
while i < 30000:
    v[i % 3] += 1.0
    total += v[i % 3] - v[-1]
    i += 1
print(v, total)
