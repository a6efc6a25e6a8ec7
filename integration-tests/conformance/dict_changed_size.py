# dict and set mutation during iteration raise RuntimeError; modifying values is allowed
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d.pop(2, None)
            d[3] = 3
    except RuntimeError as e:
        print(view, type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
it = iter(d)
del d[1]; d[3] = 3
try:
    print(next(it))
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
for k in list(d):
    d[k + 1] = 0
print(d)
