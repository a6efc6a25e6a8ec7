# Membership and iteration protocols: __contains__, then __iter__, then the __getitem__ sequence protocol.
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1


class It:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(1 in C(), 2 in C(), 2 not in C())
print(2 in It(), 5 in It())
print(10 in Seq(), 99 in Seq())
print(list(Seq()), [x for x in Seq()])
it = iter(Seq())
print(type(it).__name__, next(it), next(it))


class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"


print(3 in ContainsTruthy())


class NotIter:
    pass


for src in ["1 in NotIter()", "iter(NotIter())", "list(NotIter())", "for _ in 5: pass"]:
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)


class IterReturnsNonIter:
    def __iter__(self):
        return 5


try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print(e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), sum(Countdown(4)), 0 in Countdown(2))
sentinel = iter([1, 2, 3, 0, 4]).__next__
print(list(iter(sentinel, 0)))


class IterNone:
    __iter__ = None


try:
    iter(IterNone())
except TypeError as e:
    print(e)
