# Attributes and methods of int, bool and float: real, imag, numerator, denominator, conjugate,
# bit_length, is_integer, as_integer_ratio, to_bytes round trip excluded.
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (-5).bit_length())
print(True.real, True.numerator, (2.5).real, (2.5).imag, (2.5).conjugate(), (2.5).is_integer())
print((3.0).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio(), (255).bit_count())
print((1).real.imag, int.real.__class__.__name__ if False else "skip", (7).__abs__(), (7).__neg__())
print((2.0).hex(), float.fromhex("0x1.8p1"), int.from_bytes(b"\x01\x00", "big"))
print((1024).to_bytes(2, "little"))
try:
    (1).nope
except AttributeError as e:
    print(e)
