# What CPython's test_list (list_tests, seq_tests) checks: construction, truth, indexing and slicing
# with their errors, repetition, in-place operators, recursive repr, the mutating methods, sort.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


a = [0, 1, 2, 3, 4]
for src in ['list()', 'list([])', 'list((1, 2))', 'list("ab")', 'list(range(3))', 'list({1: 2})', 'list(sequence=[])',
            'list([], [])', 'list(5)', 'bool([])', 'bool([0])', 'len(a)', 'a[-1]', 'a[5]', 'a[-6]', 'a["x"]', 'a[1.0]',
            'a[1:3]', 'a[::-1]', 'a[::2]', 'a[10:]', 'a[-100:2]', 'a[1:4:-1]', 'a[::0]', '3 in a', '9 not in a',
            'min(a)', 'max(a)', 'a + [5]', 'a + (5,)', '[1] * 3', '3 * [1]', '[1] * -1', '[1, 2] * 0', '[] * 5',
            '[1] * 2.5', 'a == a[:]', 'a < [0, 2]', '[1, 2] < [1, 2, 0]', '[1] < ["a"]', '[] == ()',
            'a.index(3)', 'a.index(9)', 'a.index(3, 1, 4)', 'a.index(3, -2)', 'a.index(0, 1)', 'a.count(1)',
            'list(reversed(a))', 'a.copy() is a', '[3, 1, 2].sort()', 'sorted([3, 1, 2], reverse=True)',
            'sorted(["b", "A", "c"], key=str.lower)', 'sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0])',
            'sorted([1, "a"])', 'sorted([3, 1], key=lambda x: 1 / 0)', '[1, 2].sort(1)', '[].pop()',
            '[1].remove(2)', '[1, 2, 3].pop(-1)', '[1, 2, 3].pop(5)', 'hash([])', '[1, [2, [3]]]', 'repr([[]] * 2)']:
    t(src)
b = [1, 2, 3]
b += (4, 5)
b *= 2
print(b, b.__iadd__([0]) is b)
c = [1, 2]
c.append(c)
print(c, str(c))
d = [0, 1, 2, 3, 4, 5]
d[1:3] = "xy"
d[::2] = [10, 20, 30, 40][:3]
del d[-1]
print(d)
for stmt in ['d[::2] = [1]', 'd[0:1] = 5', 'del d[99]', 'd[99] = 0', 'd["k"] = 1']:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "!!", type(e).__name__, e)
e = [5, 3, 1]
e.insert(-100, 0)
e.insert(100, 9)
e.extend(range(2))
e.extend(iter([7]))
e.reverse()
print(e, e.index(9))
f = [3, 1, 2]
f.sort(key=lambda x: -x)
print(f)
g = [2, 1]
try:
    g.sort(key=lambda x: g.append(x) or x)
except ValueError as err:
    print(type(err).__name__, err)


class Eq:
    def __eq__(self, other):
        raise RuntimeError("compare")


try:
    [Eq()].index(0)
except RuntimeError as err:
    print("index compare", err)
x = [1, 2, 3]
x[:] = x
print(x, x[1:1], list(map(None.__class__, [])))
it = iter([1, 2])
list(it)
print(list(it), [*range(3), *"ab"])
