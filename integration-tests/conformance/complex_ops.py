# complex arithmetic, repr with signed zeros/inf/nan, attributes, conjugate, abs, comparisons and errors
z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * 1j, z / 2, z ** 2, z + 1, 1 - z, z == 3 + 4j, z != 3)
print(1j, -1j, 0j, -0j, complex(-0.0, -0.0), complex(0, -0.0), 1 + 0j, complex(1e300, -1e-300), complex(float("inf"), float("nan")))
print(complex(), complex(2), complex(1.5, 2), complex("1+2j"), complex(" 3j "), complex("-1.5e3-2J"), complex("(1-1j)"), complex(1j, 1j))
print((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (2j) ** 2, (1 + 1j) ** 0, 0j ** 0, pow(1j, 2), (-1) ** 0.5)
for call in [lambda: (1 + 1j) < (2 + 2j), lambda: 1j // 1, lambda: 1j % 1, lambda: divmod(1j, 1), lambda: complex("1+"), lambda: 1j / 0,
             lambda: complex("1", 2), lambda: int(1j), lambda: float(1j), lambda: 0j ** -1, lambda: round(1j)]:
    try:
        call()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(0j) == 0, (1 + 2j) == complex(1, 2), 2 == 2 + 0j, 1j.real, type(1j.imag).__name__)
print(format(1 + 2j, ""), f"{1+1j!r}", str(complex(1, float("nan"))))
class C:
    def __complex__(self):
        return 5j
print(complex(C()), complex(True), complex(False, True), bool(0j), bool(1e-300j), type(1j).__name__)
