# str.format corners: auto/manual numbering, attribute and index fields, conversions, nested specs, braces, errors
class P:
    x = 10
    name = "obj"
print("{} {} {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{0.x} {0.name!r}".format(P()), "{0[1]} {d[k]}".format([5, 6], d={"k": "v"}))
print("{!s} {!r} {!a}".format("é", "é", "é"), "{{literal}} {}".format(1), "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format("x", ">4"))
print("{a[0][1]}".format(a=[[1, 2]]), "{0[-1]}".format({"-1": "str key"}), "{0[0]}".format("abc"))
for fmt, args, kw in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}), ("{", (), {}), ("}", (), {}),
                      ("{0!x}", (1,), {}), ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{0:{1}}", (1,), {}),
                      ("{a.}", (), {"a": 1})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print("{:*^10}|{:>+08.2f}|{:#b}|{:,}|{:%}|{:e}".format("mid", 3.14159, 5, 1234567, 0.25, 12345))
print("{0}{1}{0}".format("ab", "cd"), "{:<5}|{:^5}|{:>5}".format(1, 2, 3), "{:05}".format(-3), "{:=+6}".format(7))
print("{}".format(None), "{:10}|".format(None) if False else "skip", "{:>6}".format(True), "{:d}".format(True), "{}".format(1.0))
