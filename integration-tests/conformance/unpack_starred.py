# Unpacking assignments: tuples, lists, nested, starred in every position, in for targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = [1, 2]
print(h, mid, t)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for k, (v1, *vs) in [("a", (1, 2, 3)), ("b", (4,))]:
    print(k, v1, vs)
x = y = z = [0]
print(x is z)
i, j = "ab"
print(i, j)
m, n = {"k1": 1, "k2": 2}
print(m, n)
print([*range(3), *"ab"], (*[1], 2), {*(), 5})
print({**{"a": 1}, "b": 2, **{"a": 3}})
lst = [0, 0, 0]
lst[0], lst[2] = "x", "y"
print(lst)


class O:
    pass


o = O()
o.a, o.b = 7, 8
print(o.a, o.b)
*s, = 1, 2
print(s)
