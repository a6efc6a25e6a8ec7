# TypeErrors for item assignment, deletion and subscription on types that do not support them.
cases = [
    "t = (1, 2); t[0] = 5", "t = (1, 2); del t[0]", "s = 'abc'; s[0] = 'x'", "s = 'abc'; del s[0]",
    "r = range(3); r[0] = 1", "r = range(3); del r[0]", "n = 5; n[0]", "n = 5; n[0] = 1",
    "n = 5; del n[0]", "f = frozenset(); f[0]", "x = None; x['k']", "o = object(); o[1] = 2",
    "fn = len; fn[0]", "s = {1}; s[0]",
]
for src in cases:
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)
