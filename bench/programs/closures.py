# Closures and small function calls: cells, free variables, keyword and default arguments.
def make_adder(k):
    def add(x, scale=1):
        return x * scale + k
    return add


def run(n):
    add3 = make_adder(3)
    total = 0
    for i in range(n):
        total = add3(total, scale=1) - add3(i) + i
    return total


print(run(300000))
