# slice objects: attributes, indices(), repr, comparison, use by __getitem__/__setitem__/__delitem__ of list, str, tuple, bytes
s = slice(1, None, -1)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(1, 2).step, slice("a", "b", "c"))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(8, 2, -2), slice(-100, 100), slice(100, -100, -1), slice(None, -1, 3)]:
    data = list(range(10))
    print(sl, sl.indices(10), data[sl], "0123456789"[sl], tuple(range(10))[sl], bytes(range(10))[sl], range(10)[sl])
l = list(range(10))
l[slice(0, 3)] = ["a"]; print(l)
del l[slice(None, None, 2)]; print(l)
l[slice(None, None, -1)] = l[:]; print(l)
try:
    slice(1, 2, 3).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(0, 1) < slice(0, 2), slice(1) == slice(None, 1))
class Ix:
    def __index__(self):
        return 2
print(slice(Ix(), None).indices(5), [0, 1, 2, 3][Ix():], slice(None, 10**30).indices(4), slice(-(10**30), None).indices(4))
