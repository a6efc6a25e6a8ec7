# tuple methods, comparison, hashing, concatenation, repetition, construction and errors
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, 0, 3), len(t), t[1:], t[::-1], t + (5,), t * 2, 2 * (0,))
print((), (1,), tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), repr((1,)), repr(((),)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"), () == (), (1,) != (1.0,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2)))
for call in [lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: hash(([],)), lambda: t.count(), lambda: (1,) * (1,)]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
x, = (5,)
print(x, (1, 2, 3)[-1], tuple(reversed((1, 2))), sorted((3, 1)), 2 in t, 9 not in t)
print(type(()).__name__, isinstance((), tuple), (1, 2).__getitem__(0), (1, 2).__len__(), (1, 2).__contains__(3))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(tuple(x * 2 for x in range(3)), (*range(2), *"ab"), min((3, 1, 2)), sum((1, 2, 3)))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print((1, float("nan")) == (1, float("nan")), (1, None) == (1, None))
n = float("nan")
print((n,) == (n,), [n] == [n], (1, n) < (2, n))
