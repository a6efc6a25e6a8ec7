# iterator protocol: classes with __iter__/__next__, iterators returning themselves, exhaustion is sticky, __iter__ returning non-iterator
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), iter(c) is c, next(c, "done"))
class Reusable:
    def __iter__(self):
        return iter([1, 2])
r = Reusable()
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), 2 in r, dict.fromkeys(r))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, None))
class Resurrect:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls == 2:
            raise StopIteration
        return self.calls
rz = Resurrect()
print(list(rz), next(rz), next(rz))
mi = map(lambda x: x, [1])
print(list(mi), list(mi))
en = enumerate("ab")
print(next(en), list(en), list(en))
ite = iter(range(3))
print(ite.__length_hint__() if hasattr(ite, "__length_hint__") else "-", type(ite).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__)
