# A while loop over ints: local variable access, comparison, addition, modulo.
def run(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        i += 1
    return total


print(run(3000000))
