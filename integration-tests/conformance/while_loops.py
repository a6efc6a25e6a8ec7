# while loops with break, continue and else.
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
print(total)

n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("not reached")
print(n)

k = 0
while k < 3:
    k += 1
else:
    print("else ran", k)
