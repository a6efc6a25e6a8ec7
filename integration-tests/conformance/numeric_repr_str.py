# repr/str of floats and complex numbers at the edges of the shortest-repr rules
for x in [0.1, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1.5e300, 5e-324, -0.0, 2.0**53, 1/3, 1e22, 9.999999999999999e22]:
    print(repr(x), str(x), repr(complex(x, -x)), repr(complex(0, x)), repr(complex(-0.0, x)))
print(repr(complex(float("inf"), float("nan"))), repr(-1j), repr(complex(-0.0, -0.0)), repr(1 + 0j), repr(complex(1e16, 1e-16)))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(5e-324, 400), round(1e300, -300))
print(float("1_000.5"), float(" -inf "), float("nan"), int("0b101", 0), int("0o17", 0), int(" 1_000 "), int("-0x_ff", 16))
