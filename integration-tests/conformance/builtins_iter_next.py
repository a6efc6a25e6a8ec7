# iter() and next(): defaults, exhaustion, iter(callable, sentinel), iterators are their own iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(iter(it) is it, type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter({})).__name__)
print(type(iter(range(2))).__name__, type(iter({1})).__name__, type(iter({}.items())).__name__)
n = [0]


def counter():
    n[0] += 1
    return n[0]


print(list(iter(counter, 4)))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(counter, 1, 2)
except TypeError as e:
    print(e)
try:
    iter(5, 5)
except TypeError as e:
    print(e)
s = iter("xyz")
print(list(s), list(s))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di))
d["c"] = 3
try:
    next(di)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
