# %-formatting corner cases: flags, *, width/precision, %c, %r/%a, mapping keys, tuple vs single arg, errors
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%e|%E|%g|%G|%.3s|%5.1f|%-8.3e|" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 1234.5, 1234.5, 1e-5, 1e20, "abcdef", 3.14159, 0.000123))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print("%c%c%c" % (72, "i", 0x1F600), "%r %a %s" % ("é", "é", "é"), "%%", "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r %(x)s" % {"x": "q"}, "%d%%" % 50, "%i %u" % (3, 4))
print("%d" % 3.99, "%d" % True, "%x" % -255, "%.0f" % 0.5, "%.0f" % 1.5, "%s" % None, "%10.4s|" % "abcdefg", "%-10s|" % "hi")
print("%(a)s %(a)s" % {"a": 1}, "%s" % {"k": 1}, "%.2e" % 0, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0, "%#.3x" % 5)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", (1,)), ("%z", 1), ("%c", 1.5), ("%c", "ab"), ("%c", -1),
                  ("%(k)s", {}), ("%*d", ("a", 1)), ("%", ()), ("%x", 1.5), ("%d", None), ("no format", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % "%s", "%%s" % (), "a%sb" % "", "%-+5d|% 05d|%+.2f" % (3, 4, 5.555))
print(b"%s|%5s|%-5s|%c|%c" % (b"ab", b"x", b"y", 65, b"z"))
