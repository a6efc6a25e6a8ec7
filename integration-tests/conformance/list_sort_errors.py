# list.sort / sorted: key, reverse, stability, keyword-only args, errors from comparisons, mutation detection
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0]))
print(sorted(data), sorted(data, reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, True, 0, -2]), sorted("cba"), sorted((3, 2, 1)), sorted({3: 0, 1: 0}), sorted([]))
l = [5, 3, 9]; r = l.sort(); print(r, l)
l.sort(reverse=True); print(l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], None)
except TypeError as e:
    print(type(e).__name__, e)
def bad_key(x):
    if x == 3:
        raise ValueError("key failed on 3")
    return x
lst = [5, 3, 1]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, lst)
m = [3, 2, 1]
def mutating(x):
    m.append(x)
    return x
try:
    m.sort(key=mutating)
except ValueError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print([o.v for o in sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)])])
big = [(i * 7919) % 101 for i in range(300)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:10], sorted(big, reverse=True)[:5])
stab = sorted([(i % 3, i) for i in range(20)], key=lambda t: t[0])
print(stab)
