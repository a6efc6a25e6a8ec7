# yield as an operand in every kind of expression position, driven by send().


def drive(gen, *values):
    """Runs gen: next(), then sends each value; prints what it yields and what it returns."""
    out = [next(gen)]
    try:
        for v in values:
            out.append(gen.send(v))
        out.append("<no stop>")
    except StopIteration as s:
        out.append(("return", s.value))
    print(out)


def binop():
    return (yield "a") + (yield "b") * 2


drive(binop(), 1, 2)


def unary():
    x = -(yield 1)
    y = not (yield 2)
    z = ~(yield 3)
    return x, y, z


drive(unary(), 5, 0, 7)


def calls():
    r = []
    r.append((yield 1))
    r.append(max((yield 2), 10))
    r.append(dict(k=(yield 3)))
    r.append(sorted([3, 1, 2], reverse=(yield 4)))
    r.append(list((yield 5)))
    r.append(str.upper((yield 6)))
    return r


drive(calls(), "a", 20, "v", True, "xy", "up")


def starred_args():
    def f(*a, **k):
        return a, k
    x = f(1, *(yield "s"), 2)
    y = f(**(yield "kw"), z=(yield "z"))
    return x, y


drive(starred_args(), [8, 9], {"q": 1}, 3)


def attributes_and_items():
    a = (yield 1).upper()
    b = (yield 2)[1]
    c = [10, 20, 30][(yield 3)]
    d = "abcdef"[(yield 4):(yield 5)]
    e = "abcdef"[::(yield 6)]
    return a, b, c, d, e


drive(attributes_and_items(), "low", "xyz", 2, 1, 4, -2)


def displays():
    t = (1, (yield "t"), 3)
    l = [(yield "l1"), (yield "l2")]
    s = {(yield "s")}
    d = {"k": (yield "dv"), (yield "dk"): 5}
    u = [*(yield "star"), 0]
    m = {**(yield "dstar"), "z": 26}
    return t, l, s, d, u, m


drive(displays(), 2, "a", "b", 7, "v", "key", (4, 5), {"y": 25})


def fstrings():
    name = "x"
    s = f"{name}={(yield 1)!r} and {(yield 2):>5}|"
    return s


drive(fstrings(), "v", 42)


def walrus():
    if (n := (yield "w")) > 3:
        return "big", n
    return "small", n


drive(walrus(), 5)
drive(walrus(), 1)


def comparisons():
    a = (yield 1) == 2
    b = 1 < (yield 2) < 10
    c = 1 < (yield 3) < 10
    d = (yield 4) in [1, 2, 3]
    return a, b, c, d


drive(comparisons(), 2, 5, 50, 3)


def boolean_ops():
    a = (yield "a1") and (yield "a2")
    b = (yield "b1") or (yield "b2")
    c = 0 or (yield "c1") and "last"
    return a, b, c


drive(boolean_ops(), 1, 2, 0, 0, 9)
drive(boolean_ops(), 0, "x", 0)


def conditional():
    x = (yield "then") if (yield "test") else (yield "else")
    return x


drive(conditional(), True, "T")
drive(conditional(), False, "E")


def nested():
    x = yield (yield 1) + 1
    y = yield from [(yield "inner"), 2]
    return x, y


drive(nested(), 10, "sent-x", "i", None, None)


def yield_from_operand():
    def sub():
        v = yield "sub"
        return v * 2
    return 1 + (yield from sub())


drive(yield_from_operand(), 20)


def assignment_targets():
    d = {}
    lst = [0, 0, 0]
    d[(yield "key")] = (yield "value")
    lst[(yield "index")] = "set"
    a, (b, c) = (yield "unpack")
    return d, lst, a, b, c


drive(assignment_targets(), "k", "v", 1, (1, (2, 3)))


def augmented():
    class O:
        n = 1
    o = O()
    x = 10
    lst = [1, 2]
    x += (yield "x")
    o.n *= (yield "o")
    lst[(yield "i")] -= (yield "v")
    return x, o.n, lst


drive(augmented(), 5, 3, 1, 7)


def deleting():
    d = {"a": 1, "b": 2}
    del d[(yield "del")]
    return d


drive(deleting(), "a")


def statements():
    if (yield "if"):
        r = ["yes"]
    else:
        r = ["no"]
    n = 0
    while (yield n) != "stop":
        n += 1
    for x in (yield "for"):
        r.append(x)
    assert (yield "assert"), "not reached"
    try:
        assert False, (yield "msg")
    except AssertionError as e:
        r.append(str(e))
    try:
        raise (yield "raise")
    except ValueError as e:
        r.append(repr(e))
    return r


drive(statements(), 1, "go", "go", "stop", "ab", True, "the message", ValueError("boom"))


def with_manager():
    class CM:
        def __init__(self, tag):
            self.tag = tag

        def __enter__(self):
            print("enter", self.tag)
            return self.tag

        def __exit__(self, *a):
            print("exit", self.tag)

    with CM("first") as a, CM((yield "cm")) as b:
        got = yield (a, b)
    return got


drive(with_manager(), "second", "done")


def comprehension_iter():
    r = [x * 2 for x in (yield "iter")]
    g = list(x for x in (yield "gen"))
    return r, g


drive(comprehension_iter(), [1, 2], "ab")


lam = lambda: (yield 1)
drive(lam(), "lambda-result")
