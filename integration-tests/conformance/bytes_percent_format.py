# bytes % formatting: %s/%b with bytes-like and __bytes__, %r/%a, %c, numbers, and the errors
class B:
    def __bytes__(self):
        return b"BB"
print(b"%s|%b|%r|%a" % (b"x", bytearray(b"y"), b"z", "\xe9"), b"%5s|%-5b|" % (b"ab", memoryview(b"cd")), b"%s" % B())
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%d %i %x %X %o %e %.2f %g" % (1, -2, 255, 255, 8, 1.5, 2.345, 1e20))
print(b"%(a)s %(b)d" % {b"a": b"A", b"b": 2}, b"%%", b"%5.1f|%-6d|%06.2f" % (3.14159, 42, -1.5), bytearray(b"%s") % b"q")
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%d", "1"), (b"%x", 1.5), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
