# Slicing lists: positive/negative bounds, steps, out-of-range bounds, slice objects, copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1], a[-1:-4:-1])
print(a[5:100], a[-100:2], a[100:], a[3:3], a[5:2])
print(a[slice(1, 4)], a[slice(None, None, -2)], a[slice(3)])
b = a[:]
b.append(99)
print(len(a), len(b), a[:] is a)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["x":2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[-True:])


class Idx:
    def __index__(self):
        return 3


print(a[Idx()], a[Idx():], a[:Idx()])
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(a[None:None:None], [][1:], [1][-5:5])
