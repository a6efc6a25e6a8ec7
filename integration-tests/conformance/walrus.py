# Assignment expressions (:=): in if/while, comprehensions, nested functions, evaluation order.
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
it = iter(range(5))
while (x := next(it, None)) is not None:
    print(x, end=" ")
print()
print([y for v in data if (y := v * v) > 4])
print(y)
print((a := 3) + a, a)


def f():
    total = [s := 0]
    for i in range(4):
        s = (s := s + i)
    return s, total


print(f())


def g():
    [(k := k2) for k2 in "xyz"]
    return k


print(g())
vals = []
print((b := 1, b + 1), [c := 5, c * 2])
print(f"{(z := 10)} {z}")


def outer():
    m = 0

    def inner():
        return [(m := m2) for m2 in range(3)]
    inner()
    return m


print(outer())
stuff = {"k": 5}
if (got := stuff.get("k")) is not None and got > 3:
    print("got", got)
