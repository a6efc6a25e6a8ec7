# for/else and while/else with break, continue, nested loops and empty iterables
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print("pair", i, j)
    else:
        print("inner else", i)

n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 10:
        break
else:
    print("while else n =", n)

while False:
    pass
else:
    print("while False else")

for x in "ab":
    pass
print("loop var after loop", x)

def ret_in_loop():
    for i in range(10):
        if i == 3:
            return i
    else:
        return -1
print(ret_in_loop())

total = 0
for i in range(10):
    try:
        if i % 2:
            continue
        total += i
    finally:
        total += 100
print("total", total)
