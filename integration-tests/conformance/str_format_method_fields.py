# str.format: field names with attributes and indexes, nested specs, conversions, auto/manual numbering
class P:
    x = 3
    items = {"k": "v", 1: "one"}
    def __format__(self, spec):
        return "P<" + spec + ">"
d = {"a": [10, 20], "0": "zero", "k": {"n": 5}}
print("{0[a][1]} {0[0]} {0[k][n]} {1.x} {1.items[k]} {1.items[1]}".format(d, P()))
print("{:{}{}}".format(3.14159, ">", 10), "{0:{1}.{2}f}".format(2.5, 8, 3), "{:{w}}|".format("ab", w=5), "{!s:>{}}".format(P(), 6))
print("{} {}".format(*"ab"), "{1}{0}{1}".format("x", "y"), "{x}{x}".format(x=1), "{0!a}".format("é"), "{0!r:^9}".format("a"))
print("{:%Y}".format(P()), "{:{}}".format(P(), "q"), "{0}".format(P()), "{}".format(None), "{:>4}".format(None) if False else "")
print("{{}} {{{0}}} }}{{".format(1), "{:d}".format(True), "{:s}".format("s"), "{0:}".format(5), "{0.real}".format(3j))
for fmt, args, kw in [("{0[1]}", ([1],), {}), ("{a.b}", (), {"a": 1}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
                      ("{1}", (1,), {}), ("{x}", (), {}), ("{0:d}", ("s",), {}), ("{:>{}}", ("a",), {}), ("{0[x}", ({},), {}),
                      ("{0.x.}", (P(),), {}), ("{0[}]}", ({"}": 1},), {}), ("{0!x}", (1,), {}), ("}", (), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
