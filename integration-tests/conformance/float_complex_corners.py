# float and complex methods and arithmetic corners
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), (2.0).is_integer(), (-0.0).hex(), float.fromhex("-0x0p+0"))
print(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1 / 3, 2 ** 0.5, (-8) ** (1 / 3), 10 % 3.5, -10 % 3.5, divmod(-7.5, 2), 7.0 // -2)
print(complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3J"), complex(1, 2) ** 2, (1 + 2j) / (3 - 4j), abs(3 + 4j))
print((1j) ** 0, 0j ** 0, (2 + 0j) ** 2, (1 + 1j) ** -1, complex(1, 2).conjugate(), (1 + 2j) == complex(1, 2), 1j * 1j)
print(hash(1.5), hash(-1.0), hash(1e300), hash(float("inf")), hash(complex(1, 2)), hash(0.1), hash(2**61 - 1.0))
print(float(2**1023), int(1e20), int(-1e-20), float("1e-400"), float("-1e400"), 5e-324 / 2, round(1.0000000000000002, 15))
for bad in [lambda: 1 / 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1, lambda: (-1.0) ** 0.5 + 0, lambda: complex("1+"),
            lambda: 1j // 1, lambda: 1j % 1, lambda: 1j < 2j, lambda: float("x"), lambda: float.fromhex("0x1p99999"), lambda: 2.0 ** 10000,
            lambda: int(float("nan")), lambda: complex(1, "2"), lambda: (0j) ** -1]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
