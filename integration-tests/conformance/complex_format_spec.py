# format() of complex numbers with a format spec (precision, alignment, sign, exponent forms)
z = 1.5 - 2.25j
for spec in [".2f", "^20", ">16.3e", "+.1f", "g", ".3g", "<12", "*^24.2f", "e", "F"]:
    print(repr(spec), repr(format(z, spec)), repr(format(3j, spec)), repr(format(-0.0 + 1e-10j, spec)))
print(f"{z:.1f}", "{:>10}".format(1j))
for bad in ["=10", "010", "c", "d", "%"]:
    try:
        format(z, bad)
    except ValueError as e:
        print(type(e).__name__, e)
