# tuple: construction, index/count, concatenation, repetition, comparison, hashing, immutability.
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), t.count(9), len(t), t + (4,), t * 2, 2 * (0,), () * 5)
print(tuple(), tuple("ab"), tuple([1]), tuple(range(3)), tuple({"k": 1}), (1,) == tuple([1]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2.0))
print(hash((1, 2)) == hash((1, 2)), {(1, "a"): 5}[(1, "a")], ((1, 2),)[0][1])
for src in ["(1,).index(2)", "(1, 2)[5]", "(1,) + [2]", "(1,) * 'a'", "hash(([],))", "tuple(5)", "(1,)[0:1:0]"]:
    try:
        eval(src)
    except (TypeError, ValueError, IndexError) as e:
        print(src, "->", type(e).__name__, e)
x = 1,
y = (1)
print(type(x).__name__, type(y).__name__, (), (1, 2, 3)[::-1])
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print(type(e).__name__, e, nested)
