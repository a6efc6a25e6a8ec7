# assignment forms: chained, tuple/list targets, nested, attribute and subscript targets, evaluation order
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), [r, s] = (1, 2), "ab"
print(p, q, r, s)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
a1, *mid, z1 = [1, 2]
print(a1, mid, z1)
[[n1, n2], n3] = [[1, 2], 3]
print(n1, n2, n3)

class O:
    pass
o = O()
o.x, o.y = 10, 20
print(o.x, o.y)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
d = {}
d["k"] = d["j"] = 5
print(sorted(d.items()))

i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 9
print(i, arr)

log = []
class L:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def key(k):
    log.append(("key", k))
    return k
def val(v):
    log.append(("val", v))
    return v
obj = L()
obj[key(1)] = val(2)
print(log)

for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)

x = [1, 2, 3]
x[1:2] = x
print(x)
a, b = b, a = 1, 2
print(a, b)
