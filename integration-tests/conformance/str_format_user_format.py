# str.format and format_map call the argument's own __format__ with the spec (also for nested fields and conversions)
class Fmt:
    def __format__(self, spec):
        return "fmt[" + spec + "]"
    def __repr__(self):
        return "R"
print("{:q}".format(Fmt()), "{0:>{1}}".format(Fmt(), 5), "{x:abc}".format(x=Fmt()), "{!r:>4}".format(Fmt()), "{:}".format(Fmt()))
print("{a:zz}".format_map({"a": Fmt()}), "%s" % Fmt())
class Bad:
    def __format__(self, spec):
        return 5
try:
    "{}".format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
