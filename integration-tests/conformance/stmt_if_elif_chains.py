# if/elif/else: truthiness of many types as conditions, conditions with side effects evaluated in order, nested and early-exit patterns
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool " + ("yes" if v else "no")
    elif isinstance(v, (int, float)) and v < 0:
        return "negative"
    elif not v:
        return "falsy " + type(v).__name__
    elif hasattr(v, "__len__") and len(v) > 2:
        return "long"
    else:
        return "other " + repr(v)
for v in [None, True, False, -1, -0.5, 0, 0.0, "", [], {}, set(), (), b"", 0j, range(0), "abc", [1, 2, 3], (1,), 5, "x"]:
    print(repr(v), "->", classify(v))
log = []
def c(n, r):
    log.append(n)
    return r
if c(1, False):
    pass
elif c(2, False):
    pass
elif c(3, True):
    pass
elif c(4, True):
    pass
print(log)
x = 7
if x > 5:
    if x > 6:
        if x > 7:
            print("deep >7")
        else:
            print("deep 7")
    else:
        print("6")
print("a" if x else "b", ("big" if x > 100 else "mid" if x > 5 else "small"))
