# str.format: positional, automatic and explicit numbering, keywords, attribute and index access,
# conversions, nested specs, braces escaping, errors.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{{}} {}".format(5))
print("{0[1]} {0[k]} {1.real}".format([10, 20], 3) if False else "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))


class P:
    name = "pt"


print("{0.name} {p.name}".format(P(), p=P()), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}} {:.{p}f}".format("x", 3.14159, w=4, p=2), "{:{fill}^{w}}".format("m", fill="*", w=5))
print("{:,} {:_} {:08.3f} {:+} {:e}".format(1234567, 1234567, -3.14159, 5, 0.5))
print("{0:b} {0:o} {0:x} {0:#X} {0:c}".format(97), "{:%}".format(0.25), "{:.0%}".format(0.125))
print("{}".format(None), "{:}".format(1.0), "{0}{0}".format("ab"), format(1e100, ".3g"))
for src in ["'{}'.format()", "'{0} {}'.format(1, 2)", "'{} {0}'.format(1, 2)", "'{x}'.format()",
            "'{'.format()", "'}'.format()", "'{0[5]}'.format([1])", "'{:d}'.format('a')", "'{!z}'.format(1)",
            "'{0.nope}'.format(1)", "'{:x}'.format(1.5)"]:
    try:
        print(eval(src))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
print("{:<5}|{:^5}|{:>5}|".format(1, 2, 3), "{:=+6}".format(-3), "{:06}".format(-3.5))
