# sum (start, floats, refusing strings), any/all over iterables with short-circuit.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([1.5, 2]), sum([True, True, 3]), sum(((1, 2), (3,)), ()), sum([], start=5))
for src in ["sum(['a', 'b'], '')", "sum([1, 'a'])", "sum(5)", "sum([[1]])"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
log = []


def t(v):
    log.append(v)
    return v


print(any(t(x) for x in [0, 0, 1, 1]), log)
log.clear()
print(all(t(x) for x in [1, 1, 0, 1]), log)
print(any([]), all([]), any([0, ""]), all([1, "x"]), any("abc"), all([[], 1]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
try:
    any(5)
except TypeError as e:
    print(e)
