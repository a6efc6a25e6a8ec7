# complex numbers built with complex(): arithmetic, powers, repr, attributes, hashing, parsing, errors.
z = complex(3, 4)
i = complex(0, 1)
print(z, repr(complex(0, 2)), abs(z), z.real, z.imag, z.conjugate(), z * i, z / 2, z == complex(3, 4), type(z).__name__)
print(complex("1+2j"), complex(1), i * i, -i, complex(), complex(0, -0.0), complex(-0.0, -1), complex(1e16, 1e-5))
print(z + 1, 1 + z, z - 1.5, 2 * z, z / complex(1, -1), 2 / z, z ** 2, (1 + i) ** 2, z ** 0.5, 2 ** i, z ** -2)
print(complex(float("nan"), float("inf")), complex(" ( 1.5e3-2.5J ) "), complex("j"), complex("-j"), complex(i, i))
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(complex(1, 2)), hash(complex(0, -1)))
print(complex(1, 0) == 1, complex(1, 0) == 1.0, i == 1, i != i, bool(complex()), bool(i), {1: "one"}[complex(1, 0)])
print(complex(real=1, imag=2), complex(imag=5), (1 + i).__complex__(), complex(2 ** 53, 0) == 2 ** 53)
for bad in ["z < z", "z / 0", "i / complex(0, 0)", "complex('1+')", "complex('1', 2)", "complex(1, '2')",
            "complex([1])", "z // 2", "z % 2", "complex(0, 0) ** -1", "complex(1e200, 1e200) ** 2.5", "z > 1",
            "complex(10 ** 400)", "complex(x=1)", "z + 'a'"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
