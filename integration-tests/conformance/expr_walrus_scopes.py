# assignment expressions: in conditions, comprehensions (binding in enclosing scope), while loops
data = [1, 5, 8, 2, 9]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
def f():
    total = 0
    vals = [total := total + x for x in range(5)]
    return vals, total
print(f())
it = iter([3, 2, 1, 0, 7])
while (v := next(it)) != 0:
    print("v", v)
print((a := 1, b := 2), a, b)
print([(lambda: (z := 5))(), 'z' in globals()])
def g():
    if any((hit := w) > 7 for w in data):
        return hit
print(g())
class C:
    vals = [q for q in range(3)]
    r = (w2 := 10)
print(C.vals, C.r, C.w2)
print(sum(k for k in range(4) if (last := k) % 2), last)
x = 0
print(x := 3 if False else 4, x)
def h():
    [j := i for i in range(3)]
    return j
print(h())
