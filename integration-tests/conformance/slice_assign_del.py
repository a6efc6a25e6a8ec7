# Slice assignment and deletion on lists: growing, shrinking, extended slices, errors.
a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = "WXYZW"[: len(a[::2])]
print(a)
b = [0] * 6
b[1::2] = [1, 2, 3]
print(b)
try:
    b[::2] = [9]
except ValueError as e:
    print(type(e).__name__, e)
b[::-1] = range(6)
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
del c[5:1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = (x * 10 for x in range(3))
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
e = [1, 2, 3]
e[5:10] = [4]
print(e)
e[-100:1] = [0]
print(e)
f = [1, 2, 3, 4]
f[1:3] = f
print(f)
