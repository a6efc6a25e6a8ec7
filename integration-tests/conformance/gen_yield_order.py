# Evaluation order around yields nested in expressions: operands evaluated before the yield are
# evaluated once, before it, and kept across the suspension.


def note(tag, value=None):
    print("eval", tag)
    return tag if value is None else value


class Loud:
    def __init__(self, name):
        self.name = name

    def __getattr__(self, attr):
        print("getattr", self.name, attr)
        return lambda *a, **k: print("call", self.name, attr, a, k) or attr

    def __add__(self, other):
        print("add", self.name, other)
        return self.name + str(other)

    def __bool__(self):
        print("bool", self.name)
        return self.name != "false"

    def __lt__(self, other):
        print("lt", self.name, other.name)
        return Loud("true" if self.name < other.name else "false")

    def __getitem__(self, key):
        print("getitem", self.name, key)
        return key

    def __setitem__(self, key, value):
        print("setitem", self.name, key, value)


def run(gen, *values):
    print("->", next(gen))
    for v in values:
        try:
            print("->", gen.send(v))
        except StopIteration as s:
            print("return", s.value)
            return


def call_args():
    return note("f", lambda *a, **k: print("call", a, k))(note("a"), (yield "y"), note("b"), k=note("k"))


run(call_args(), "sent")


def method_call():
    return Loud("o").method(note("a"), (yield "y"))


run(method_call(), "sent")


def operands():
    x = note("left", Loud("L")) + (yield "y")
    return x


run(operands(), 5)


def rebinding():
    # the value of x is read before the yield; rebinding x while suspended does not change it
    x = 1
    def set_x():
        nonlocal x
        x = 100
    g_value = x + (yield set_x)
    return g_value, x


g = rebinding()
setter = next(g)
setter()
try:
    g.send(1)
except StopIteration as s:
    print("rebinding", s.value)


def short_circuit():
    a = note("first", Loud("false")) and (yield "never")
    b = note("first", Loud("x")) or (yield "never")
    c = note("first", Loud("x")) and (yield "second")
    return a.name, b.name, c


run(short_circuit(), "s")


def condition_bools():
    if note("a", Loud("x")) and (yield "y"):
        print("then")
    if not ((yield "n") or note("b", Loud("false"))):
        print("not-branch")
    while Loud("w") and (yield "loop"):
        print("body")
    return "done"


run(condition_bools(), Loud("t"), Loud("false"), 1, 1, 0)


def chained():
    r = note("a", Loud("a")) < (yield "mid") < note("c", Loud("c"))
    s = note("z", Loud("z")) < (yield "mid2") < note("never", Loud("c"))
    return r.name, s.name


run(chained(), Loud("b"), Loud("b"))


def dict_display():
    return {note("k1"): note("v1"), note("k2"): (yield "y"), note("k3"): note("v3")}


run(dict_display(), "sent")


def subscripts():
    obj = Loud("s")
    obj[note("key")] = (yield "value")
    obj[(yield "k2")] += note("inc", "!")
    return obj[note("i")] + (yield "last")


run(subscripts(), "v", "kk", "tail")


def fstring_order():
    return f"{note('a', Loud('A'))!r:.0}{(yield 'y')}{note('b')}"


run(fstring_order(), "S")


def starred_unpacking():
    def items(tag):
        print("unpacking", tag)
        yield tag
    lst = [*items("list"), (yield "y1")]
    tup = (*items("tuple"), (yield "y2"))
    call = note("f", print)(*items("call"), (yield "y3"))
    return lst, tup, call


run(starred_unpacking(), "a", "b", "c")


def starred_not_iterable():
    try:
        return [*5, (yield "never")]
    except TypeError as e:
        print("TypeError:", e)
    yield "after"


run(starred_not_iterable())
