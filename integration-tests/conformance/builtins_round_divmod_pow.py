# round (banker's rounding, ndigits, negative ndigits, float representation), divmod, pow with modulus.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(125, -1), round(135, -1), round(-125, -1))
print(round(5), round(5, 2), round(1.23456, 3), round(0.0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e20), round(12345, -2), round(True), round(-0.0, 1))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(0, 5), divmod(2 ** 70, 3), divmod(1, 0.3))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3) if False else "skip", pow(3, 4, 5), pow(0, 0))
print(pow(3, -1, 7), pow(2, 100, 1000), pow(-2, 3, 5), pow(10, 0, 1), 2 ** -2, (-2) ** 2, -2 ** 2)
for src in ["round(1.5, 'x')", "round(float('inf'))", "round(float('nan'))", "pow(2, 3, 0)",
            "pow(2.0, 3, 5)", "pow(2, -1, 4)", "divmod('a', 1)", "divmod(1, 0)", "0.0 ** -1"]:
    try:
        print(src, "->", eval(src))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
