# subscripts with slices, tuples, Ellipsis; __getitem__ receives what the syntax builds
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1], s[1:2], s[1:2:3], s[:], s[::], s[::-1], s[:5])
print(s[1, 2], s[1:2, 3], s[..., 1], s[()], s[:, None])
print(s["a":"b"], s[1:2].start, s[:2].start, s[::3].step)
print(type(s[:]).__name__, s[:] == slice(None, None, None))
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, repr(slice(3)))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(4)
except ValueError as e:
    print(type(e).__name__, e)
lst = list(range(10))
print(lst[sl], lst[slice(None, None, -3)], "abcdef"[slice(2, None)])
print(lst[-100:100], lst[8:2], lst[8:2:-2], lst[-1:-4:-1])
class Idx:
    def __index__(self):
        return 2
print(lst[Idx()], lst[Idx():], "xyz"[Idx()])
try:
    lst["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
