# printf-style formatting with %: conversions, flags, width/precision, mappings, errors.
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %f %g %G" % (255, 255, 8, 255, 8, 1234.5, 1234.5, 1.5, 0.00001, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.3s %5.1s|" % (3.14159, 2.5, 2.5, 2.5, "abcdef", "xyz"))
print("%c%c" % (65, "b"), "%%", "%s" % [1, 2], "%s" % (None,), "%(name)s is %(age)d" % {"name": "Al", "age": 3})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%d" % True, "%s" % True, "%d" % 3.99, "%.1f" % 2)
print("%s" % "single", "%s %s" % ("a", "b"), "no args" % (), "%r" % ((1, 2),))
for src in ["'%d' % 'x'", "'%s %s' % ('a',)", "'%s' % ('a', 'b')", "'%z' % 1", "'%(k)s' % 5",
            "'%(k)s' % {}", "'%c' % 'ab'", "'%d' % None", "'%' % ()", "'%x' % 1.5", "'%c' % -1"]:
    try:
        print(eval(src))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(src, "->", type(e).__name__, e)
