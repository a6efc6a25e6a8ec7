# iter(callable, sentinel), reversed() with __reversed__ and sequence protocol, enumerate(start), zip(strict), map with many iterables, filter(None)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), list(reversed([1, 2])), list(reversed("abc")), list(reversed(range(3))))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in [{1: 2}, {1}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(enumerate("ab", start=5)), list(enumerate([], 1)), list(enumerate("x", -1)))
print(list(zip()), list(zip("ab", [1, 2, 3])), list(zip("ab", "cd", "ef")))
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", [1, 2], strict=True)))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(6))), type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
m = map(int, "123")
print(next(m), list(m), list(m))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r))
