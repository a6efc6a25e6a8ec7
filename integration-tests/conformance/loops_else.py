# for/while with else, break, continue; else skipped by break; nested loops; loop variable after loop.
for i in range(3):
    pass
else:
    print("for else ran, i =", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    print("never")
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
else:
    print("while else, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for x in range(3):
    for y in range(3):
        if y == x:
            break
    else:
        print("inner never completes")
    print(x, y)
found = None
for a in range(2, 20):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        found = (found or []) + [a]
print(found)
k = 0
while k < 10:
    k += 1
    if k % 3:
        continue
    print("k", k)


def in_func():
    for q in range(5):
        while True:
            return q


print(in_func())
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
it = iter(range(6))
for v in it:
    if v == 2:
        print("skipping", next(it))
print("last", v)
