# f-strings with format specs, nested fields, conversions and = debugging, with user __format__
class V:
    def __format__(self, spec):
        return "V[" + spec + "]"
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v"
v = V()
w = 7
print(f"{v}", f"{v:>{w}}", f"{v!r}", f"{v!s:^5}", f"{v!a}", f"{v=}", f"{v=!s}", f"{v=:x}", f"{w=:>4}", f"{ w = }")
print(f"{3.14159:.{w - 4}f}", f"{'a':*^{w}}", f"{1e6:,}", f"{12345:_x}", f"{-0.0:z.1f}", f"{2**70:,}", f"{True:>5}", f"{None!r:>6}")
print(f"{'{'}{'}'}", f"{{x}}", f"{w:{'>'}{10}}", f"{[1, 2]!r:>10}", f"{(1, 2)}", f"{ {'a': 1}['a'] }", f"{3j:>6}", f"{1+2j:.1f}")
for bad in [lambda: f"{w:q}", lambda: f"{'s':d}", lambda: f"{1.5:x}", lambda: f"{v!r:q}", lambda: f"{object():x}"]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
