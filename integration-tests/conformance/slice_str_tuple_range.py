# Slicing strings, tuples and ranges; negative steps; types of the results.
s = "hello world"
print(s[1:4], s[-5:], s[::-1], s[::2], s[100:], repr(s[5:5]), s[-1], s[0])
t = (0, 1, 2, 3, 4, 5)
print(t[1:3], t[::-2], t[4:1:-1], type(t[1:]).__name__, t[:0])
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[-2:], r[::2], list(r[1:4]), r[5], r[-1], len(r[2:]))
print(range(10)[::-3], range(5, 0, -1)[1:3], list(range(5, 0, -1)[::-2]))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
print("abc"[-4:], "abc"[:-4], "abcdef"[-2:-5:-1], "abcdef"[1:-1])
print(range(0)[:], range(3)[5:], range(-5, 5)[3:-3])
