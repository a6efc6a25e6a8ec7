# itertools.count, cycle, repeat: values, reprs, reduce, length hints
import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 2), 4)))
print(list(islice(count(2.5), 3)), list(islice(count(1, 0.5), 4)), list(islice(count(10, -3), 4)))
print(list(islice(count(True), 3)), list(islice(count(True, 2), 3)), list(islice(count(start=5, step=5), 3)))
c = count(7)
print(repr(c), next(c), repr(c), c.__reduce__())
print(repr(count(1, 1.0)), repr(count(1, True)), repr(count(1.5, -1)), repr(count(1j)), repr(count(2 ** 70)))
print(repr(count(0, 2)), count(0, 2).__reduce__(), repr(count(-5)))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big), next(big), repr(big))
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
r = repeat('a', 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), list(r), repr(r), r.__length_hint__())
print(list(repeat(None, 0)), list(repeat(1, -3)), repr(repeat(1, -3)), repr(repeat([1])), repeat(2).__reduce__())
print(repeat(2, 3).__reduce__(), list(islice(repeat('x'), 4)), list(repeat(object='o', times=2)))
print(list(map(pow, range(5), repeat(2))))

class MyCount(count):
    pass

m = MyCount(3)
print(repr(m), next(m), type(m).__name__, isinstance(m, count))
m.attr = 1
print(m.attr)

class MyRepeat(repeat):
    pass

print(repr(MyRepeat('z', 2)))
print(count.__name__, count.__module__, count.__qualname__, type(count(0)), repeat, cycle)

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

show(lambda: count('a'))
show(lambda: count(1, 'a'))
show(lambda: count(1, 2, 3))
show(lambda: count(a=1))
show(lambda: repeat())
show(lambda: repeat(1, 2, 3))
show(lambda: repeat(1, 'a'))
show(lambda: len(repeat(1)))
show(lambda: repeat(1).__length_hint__())
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle([], x=1))
show(lambda: setattr(count(), 'x', 1))
