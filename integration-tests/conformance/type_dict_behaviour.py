# What CPython's test_dict checks: constructors, the merge operators, views and their set operations,
# update/fromkeys/copy/get/setdefault/pop/popitem, mutation during iteration, recursive repr,
# __missing__, KeyError of tuples, reversed.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


d = {1: "a", 2: "b"}
for src in ['dict()', 'dict({1: 2})', 'dict([(1, 2), (3, 4)])', 'dict(a=1, b=2)', 'dict({1: 2}, x=3)', 'dict([1])',
            'dict([(1, 2, 3)])', 'dict(1, 2)', 'dict(5)', 'd | {3: "c"}', '{3: "c"} | d', 'd | [(3, 4)]',
            'bool({})', 'bool(d)', 'list(d.keys())', 'list(d.values())', 'list(d.items())', 'd.keys() & {1, 9}',
            'd.keys() | {9}', 'd.keys() - {1}', 'sorted(d.keys() ^ {1, 9})', 'd.items() & {(1, "a")}', 'd.items() ^ {(1, "a")}',
            '{1: 2}.keys() == {1}', 'd.keys() <= {1, 2, 3}', '1 in d.keys()', '(1, "a") in d.items()',
            '"a" in d.values()', 'len(d.items())', 'repr(d.keys())', 'repr({}.items())', 'd.keys().mapping',
            'd[3]', 'd.get(3)', 'd.get(3, "z")', 'd.get()', 'dict.fromkeys("ab")', 'dict.fromkeys([1, 2], 0)',
            'dict.fromkeys()', 'd.copy()', 'd.copy() is d', 'list(reversed(d))', 'list(reversed(d.items()))',
            'list(reversed({}))', '{(1,): 2}[(3,)]', '{}[(1, 2)]', 'hash({})', '{1: 1} == {1: 1.0}', '{1: 2} == {2: 1}',
            '{1: 2} < {1: 3}', '{"a": 1}.pop("b")', '{"a": 1}.pop("b", 0)', '{}.popitem()', '{1: 2}.popitem()',
            '{}.setdefault(1)', '{[]: 1}', '{1: 2}[[]]', 'repr({1: {2: {}}})', '{1: 2}.update(5)', '{1: 2}.update([1])',
            'str({"k": "v"})', 'dict(zip("ab", range(2)))', '{**{1: 2}, 3: 4}', '{"a": 1, "a": 2}']:
    t(src)
e = {1: 2}
e |= {3: 4}
e |= [(5, 6)]
print(e)
e.update({7: 8}, y=9)
e.update([(10, 11)])
print(e, e.setdefault(1, "x"), e.setdefault(99, "new"), e.pop(99))
r = {}
r["self"] = r
print(r)
for mutate in ["n[len(n)] = 0", "del n[0]", "n.clear()"]:
    n = {0: 0, 1: 1}
    try:
        for k in n:
            exec(mutate)
    except RuntimeError as err:
        print(mutate, type(err).__name__, err)
n = {0: 0}
try:
    for k in n:
        n.pop(0)
        n[1] = 1
except RuntimeError as err:
    print(type(err).__name__, err)


class Counter(dict):
    def __missing__(self, key):
        return key * 2


cc = Counter(a=1)
print(cc["a"], cc["zz"], "zz" in cc, cc.get("q"))
try:
    {}[(1,)]
except KeyError as err:
    print(repr(err), str(err), err.args)
o = {"b": 1, "a": 2}
o["c"] = 3
del o["b"]
o["b"] = 4
print(o, list(o), next(iter(o.items())))
ks = o.keys()
o["z"] = 0
print(ks, len(ks))
