# What CPython's test_tuple (seq_tests) checks: construction, getitem errors, repetition and
# in-place operators making new tuples, hashing, repr, lexicographic ordering.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


tp = (0, 1, 2, 3)
for src in ['tuple()', 'tuple([1, 2])', 'tuple("ab")', 'tuple(iterable=())', 'tuple(5)', 'tuple((), ())',
            'tp["x"]', 'tp[4]', 'tp[-5]', 'tp[1:3]', 'tp[::-1]', 'tp[::0]', 'len(tp)', 'bool(())', 'bool((0,))',
            'tuple(tp) is tp', 'tp + (4,)', 'tp + [4]', '(1,) * 3', '(1, 2) * 0', '(1,) * -3',
            'hash((1, 2)) == hash((1, 2))', 'hash((1, [2]))', 'hash(()) == hash(())', 'hash((1,)) != hash((2,))',
            'repr((1,))', 'repr(())', 'repr((1, (2, 3)))', 'str(("a", 1))', '(1, 2) < (1, 3)', '(1, 2) < (1, 2, 0)',
            '(2,) > (1, 9)', '(1, "a") < (1, 2)', '() < (0,)', '(1, 2) == [1, 2]', 'tp.index(2)', 'tp.index(9)',
            'tp.index(1, 2)', 'tp.count(1)', '3 in tp', 'min(tp)', 'max(tp)', 'list(reversed(tp))',
            'tp.__getnewargs__()', '(float("nan"),) == (float("nan"),)', 'x = 1']:
    t(src)
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
w = (1,)
z = w
w *= 2
print(w, z, w is z)
n = float("nan")
print((n,) == (n,), [n] == [n], (n,) < (n, 0))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), hash((1, 2, 3)) == hash(tuple([1, 2, 3])))
