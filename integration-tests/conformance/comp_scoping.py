# Comprehension scoping: loop variables do not leak, the first iterable is evaluated in the enclosing
# scope, class bodies are not visible from comprehension bodies.
x = "global x"
r = [x for x in range(3)]
print(r, x)


def f():
    y = 10
    return [y + i for i in range(3)]


print(f())


class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)


print(C.doubled, C.err)


def g():
    out = [lambda: i for i in range(3)]
    return [h() for h in out]


print(g())
try:
    print(i)
except NameError as e:
    print(e)
z = [w for w in range(3)]
print("w" in globals())
print([[j for j in range(i)] for i in range(4)])
print([(w := k) for k in range(3)], w)


def walrus_in_comp():
    [last := v for v in "abc"]
    return last


print(walrus_in_comp())
gen = (a for a in range(3))
print("a" in globals(), list(gen))
