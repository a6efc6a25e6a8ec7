# set/frozenset operators with mixed operand types: result type follows the left operand, methods accept any iterable, operators do not
s, f = {1, 2}, frozenset([2, 3])
for expr in ["s | f", "f | s", "s & f", "f & s", "s - f", "f - s", "s ^ f", "f ^ s"]:
    r = eval(expr)
    print(expr, type(r).__name__, sorted(r))
print(type(s.union(f)).__name__, type(f.union(s)).__name__, sorted(f.union([9], "a" if False else [8])), sorted(s.intersection((2, 5))))
for expr in ["s | [3]", "f & (2,)", "s - range(2)", "s ^ 'ab'", "s <= [1, 2]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(s == f, s == frozenset(s), {1, 2} < frozenset([1, 2, 3]), frozenset([1]) <= {1}, s.issubset(range(5)))
d = {1: "a", 2: "b"}
print(sorted(s & d.keys()), sorted(d.keys() - s), sorted(s ^ d.keys()), type(d.keys() | s).__name__)
print(sorted(s.union()), s.union() is s, f.union() is f, f.copy() is f, s.copy() is s)
