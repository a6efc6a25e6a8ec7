# printf-style str formatting: flags, * width and precision, mapping keys, %c, %r/%a, errors
print("%5d|%-5d|%05d|%+d|% d|%x|%#x|%#o|%X" % (42, 42, 42, 42, 42, 255, 255, 8, 255))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print("%e|%E|%g|%G|%.3g|%#g|%10.4e" % (12345.678, 0.00012, 1e-5, 1e20, 123456, 1.0, 3.14159))
print("%c%c" % (65, "é"), "%r %a" % ("é", "é"), "%s" % [1, "a"], "%(x)s-%(y)05.1f" % {"x": "X", "y": 2.25}, "%%|%s" % ())
print("%d" % 3.99, "%i" % -3.99, "%x" % -255, "%o" % -8, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%s" % (1,), "%.3s" % "abcdef")
print("%-10s|" % "é😀", "%5s|" % True, "%d" % True, "%f" % 1, "%.2e" % 10**20, "%g" % 10**16)
for fmt, args in [("%d", "1"), ("%c", 1114112), ("%c", "ab"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(x)s", (1,)),
                  ("%z", 1), ("%", ()), ("%(x", {}), ("%*d", ("a", 1)), ("%x", 1.5), ("%.*f", (1.5, 1.0)), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
