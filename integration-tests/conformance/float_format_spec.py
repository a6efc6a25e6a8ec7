# format() of floats: f, e, g, %, n, empty type, precision, alternate form, zero padding, inf/nan, -0.0
vals = [0.0, -0.0, 1.0, 1.5, -2.5, 123456.789, 1e-5, 1e16, 1.23456789e-10, 2.5e300, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3e"), format(v, "g"),
          format(v, ".3g"), format(v, "%") if abs(v) < 1e10 or v != v else "-", format(v, "+010.2f"), format(v, "#g"), format(v, "G"))
for spec in [".0f", ".0e", "#.0f", "#.0e", ".1", ".10", ".17g", ".1%", ",.2f", "_.3f", "=+12.4f", "^12.3e", "E", ".0g", "#.3g", "n", "08.2f", "012,.1f"]:
    print(repr(spec), format(1234.5, spec), format(-0.000123, spec))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(format(1e22, ""), format(1e16, ".17"), format(123.0, ""), format(1e100, "f")[:20])
print("%.3f|%10.2e|%-8g|%G|%+.1f|% f" % (3.14159, 12345.678, 0.0001, 1e-10, 2.25, 1.0))
print(f"{2/3:.5}", f"{1/3!r}", f"{1e-7}", f"{-1e-7:.2g}", f"{100.0:.0e}")
for bad in [(1.5, "d"), (1.5, "c"), (1.5, "x")]:
    try:
        format(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
