# List operations: append/pop, indexing, slicing, sorting with keys, comprehensions, reversal and membership.
def run(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    stack = []
    for x in data:
        stack.append(x)
        if x % 3 == 0:
            stack.pop()
    evens = [x for x in stack if x % 2 == 0]
    evens.sort()
    pairs = sorted(zip(data[:5000], range(5000)), key=lambda p: (p[0] % 100, -p[1]))
    total = 0
    for i in range(0, len(evens) - 1, 2):
        total += evens[i + 1] - evens[i]
    chunks = [data[i:i + 10] for i in range(0, len(data), 10)]
    s = 0
    for c in chunks:
        c.reverse()
        s += c[0] + c[-1]
    hits = sum(1 for v in range(100) if v in data[:2000])
    return len(stack), len(evens), total, pairs[0], pairs[-1], s, hits, max(data), min(data)


print(run(400000))
