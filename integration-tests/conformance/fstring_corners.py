# f-string corners: nested quotes, =, conversions with specs, dict access, lambdas in parens, multiline, escapes, format spec nesting
name, n = "Ann", 3.14159
d = {"key": "value"}
print(f"{name!r:>8}|{n=}|{n=:.2f}|{name = }|{d['key']}|{(lambda x: x * 2)(4)}")
print(f"{{braces}} {'{'}{'}'} {n:{'.'}{3}}", f"{3 + 4 = }", f"{[x for x in range(3)]}", f"{'a' 'b'}")
width, prec = 10, 3
print(f"{n:{width}.{prec}f}|{n:<{width}}|{'x':*^{width}}|{12345:,}|{0.5:.0%}|{255:#x}|{255:08b}")
print(f"""multi
{name}
line""", f"{'nested {braces}'}", f"{name.upper()[::-1]}", f"{len(name):03d}", f'{"dq"}', rf"\n{name}", f"\t{name}\\")
x = 5
print(f"{x!s}{x!r}{x!a}", f"{'é'!a}", f"{x:{x}}|", f"{x if x > 3 else 0}", f"{x,}", f"{x, x}", f"{(x := 9)}", x)
print(f"{3.0:g}", f"{1e20:}", f"{-0.0:+}", f"{None}", f"{...}", f"{b'b'}", f"{1+2j}", f"{'%s' % 'pct'}")
class C:
    def __format__(self, spec):
        return "C(" + spec + ")"
print(f"{C()}|{C():abc}|{C()!r:.6}")
try:
    f"{x:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{undefined_var}"
except NameError as e:
    print(type(e).__name__, e)
