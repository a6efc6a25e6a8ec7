# complex numbers: literals, arithmetic, repr, attributes, results of fractional powers of negatives.
z = 3 + 4j
print(z, repr(2j), abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, z == complex(3, 4), type(z).__name__)
print((-8) ** 0.5, (-1) ** 0.5, complex("1+2j"), complex(1), 1j ** 2, -1j, 0j, complex(0, -0.0))
try:
    z < z
except TypeError as e:
    print(e)
