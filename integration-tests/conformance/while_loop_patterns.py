# while loops: complex conditions, nested breaks with flags, else after break vs exhaustion, modifying the condition inside try/finally
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in (1, 7, 27)])
i, found = 0, None
data = [5, 3, 8, 1]
while i < len(data) and found is None:
    if data[i] > 6:
        found = i
    i += 1
else:
    print("else after condition became false", found, i)
n = 10
while n:
    n -= 3
    if n < 0:
        print("break at", n)
        break
else:
    print("not reached")
outer = 0
done = False
while not done:
    inner = 0
    while True:
        inner += 1
        if inner * outer > 6:
            done = True
            break
        if inner > 3:
            break
    outer += 1
print(outer, inner)
k = 0
while k < 5:
    try:
        k += 1
        if k == 2:
            continue
    finally:
        pass
    if k == 4:
        break
print("k", k)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
        depth += 1
print("depth", depth)
x = 3
while (x := x - 1) > 0:
    print("walrus while", x)
