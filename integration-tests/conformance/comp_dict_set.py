# Dict and set comprehensions: key collisions, conditions, nesting, views.
print({k: k * k for k in range(5)})
print({k % 3: k for k in range(10)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 4 for x in range(20)}))
print(sorted({(a, b) for a in range(2) for b in range(2)}))
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words if len(w) > 2})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print(len({frozenset([1, 2]) for _ in range(3)}))
print({i: {j: i * j for j in range(2)} for i in range(2)})
print(type({x for x in ()}).__name__, {x: 1 for x in ()})
d = {"a": 0, "b": 0, "c": 0}
print({k: v + 1 for k, v in d.items()})
print(sorted({x for x in [3, 1, 3, 2]}), {1, 2} == {x for x in (2, 1)})
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({[] for _ in range(1)})
except TypeError as e:
    print(type(e).__name__, e)
