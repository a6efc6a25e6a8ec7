# set iteration order (CPython's hash-table slot order) through adds, removes, pops and set operations
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed

g = lcg(7)
for trial in range(30):
    n = next(g) % 40
    span = [8, 16, 50, 200, 1000, 2**20][trial % 6]
    a = set()
    for _ in range(n):
        a.add(next(g) % span - span // 4)
    b = {next(g) % span for _ in range(next(g) % 30)}
    print(trial, a, b)
    print("  |", a | b, b | a, a.union(b, [1, 2, 3]))
    print("  &", a & b, b & a, a.intersection(b, range(50)), a.intersection(list(b)))
    print("  -", a - b, b - a, a.difference(b), a.difference(list(b)[:3]))
    print("  ^", a ^ b, b ^ a, a.symmetric_difference(list(b)))
    c = set(a)
    for x in list(c)[::3]:
        c.remove(x)
    print("  rm", c, set(c), c.copy(), frozenset(c))
    c.update(range(5))
    print("  up", c)
    d = set(a)
    d -= b
    print("  -=", d)
    d = set(a)
    d &= b
    print("  &=", d)
    d = set(a)
    d ^= b
    print("  ^=", d)
    d = set(a)
    d |= b
    print("  |=", d)
    d = set(a)
    d.difference_update(list(b))
    print("  du", d)
    d = set(a)
    d.intersection_update(list(b), a)
    print("  iu", d)
    pops = []
    d = set(a)
    while len(d) > len(a) // 2:
        pops.append(d.pop())
    d.add(-7)
    d.add(1000003)
    print("  pop", pops, d, [d.pop() for _ in range(min(3, len(d)))], d)
