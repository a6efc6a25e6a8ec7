# the format-spec mini-language for int, float and str: fill, align, sign, #, 0, width, grouping, precision, types
vals = [0, 7, -7, 255, 123456789, -1234567, 2**70]
for spec in ["", "x", "#x", "#X", "#o", "#b", "08b", "+d", " d", "_", ",", "_x", "_b", "=+10", "^10", "*<8", "010,", "#010x", "c", "n", "e", ".2f", "%", "-^9"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
fvals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("-nan"), 0.1 + 0.2]
for spec in ["", "g", "G", ".3", ".3g", "#g", "#.3g", ".0f", "#.0f", "e", ".2E", "%", ".1%", "+", "z.1f", "010.2f", ",.2f", "_.3f", "n", ">12.4", "=12", "^12.1e", ".15g", ".17g", "r"]:
    out = []
    for v in fvals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
for spec in ["", "5", "<5", ">5", "^5", "*^6", ".2", "5.1", "s", "x^7s"]:
    print(repr(spec), [format(s, spec) for s in ["", "ab", "abcdef", "é\u0301"]])
for v, spec in [(True, ""), (True, "d"), (False, ">5"), (True, "x"), (True, ".1f"), (3, "=^5"), ("a", "=5"), (1.5, "x"), ("s", "d"), (2, "s"), (1, ".2"), (1, "#c")]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
