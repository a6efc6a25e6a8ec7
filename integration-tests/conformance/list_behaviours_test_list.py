# behaviours named by CPython's test_list/list_tests: init re-init, self-extend, recursive repr, identity-before-equality in contains/index/count/remove, big repeats
a = [1, 2]
a.__init__([7, 8, 9])
print(a)
a.__init__()
print(a)
b = [1, 2]
b.extend(b)
print(b)
b += b
print(len(b))
c = [1, 2]
c[len(c):] = c
print(c)
r = [1]
r.append(r)
r.append([r])
print(repr(r), str(r))
nan = float("nan")
lst = [nan]
print(nan in lst, lst.count(nan), lst.index(nan), lst == [nan], [nan] == [float("nan")])
class AlwaysEq:
    def __eq__(self, o):
        return True
ae = AlwaysEq()
print([1, 2].index(ae) if False else [ae, 2].index(2), [1, 2, 3].count(ae), ae in [5])
x = [3, 1, 2]
x.remove(AlwaysEq())
print(x)
try:
    [0] * (2**62)
except MemoryError as e:
    print(type(e).__name__)
except OverflowError as e:
    print(type(e).__name__, e)
print([1, 2] * -1, [[0] * 2] * 2, list(range(5))[::-1][1::2])
l2 = [0, 1, 2, 3, 4]
l2[1:4] = l2[0:2]
print(l2)
l3 = list(range(10))
del l3[1:9:3]
print(l3)
l3[::-3] = ["a", "b", "c"]
print(l3)
class Subl(list):
    pass
s = Subl([1, 2])
print(type(s + [3]).__name__, type(s * 2).__name__, type(s[:]).__name__, type(s.copy()).__name__, s == [1, 2], repr(s))
print(list.__eq__([1], (1,)), list.__lt__([1], "x"), [].__iadd__("ab"), [3, 4].__mul__(2))
def gen():
    yield 1
    raise ValueError("stop in middle")
try:
    list(gen())
except ValueError as e:
    print(type(e).__name__, e)
z = [1, 2, 3]
print(z.pop(-3), z, z.insert(-10, "front"), z)
