# Dict operations: counting, get/setdefault, membership, iteration over items, deletion and string keys.
def run(n):
    counts = {}
    for i in range(n):
        k = "k" + str((i * 31) % 5003)
        counts[k] = counts.get(k, 0) + 1
    groups = {}
    for k, v in counts.items():
        groups.setdefault(v, []).append(k)
    inv = {v: k for k, v in counts.items()}
    hits = 0
    for i in range(0, n, 3):
        if ("k" + str(i % 6000)) in counts:
            hits += 1
    for k in list(counts):
        if counts[k] % 2:
            del counts[k]
    ints = {}
    for i in range(n):
        ints[i % 10007] = ints.get(i % 10007, 0) + i
    return len(counts), sorted(groups)[:5], len(inv), hits, sum(ints.values()) % 1000003, len(ints)


print(run(300000))
