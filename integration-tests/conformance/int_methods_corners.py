# int methods and conversions at the edges
print((255).bit_length(), (-256).bit_length(), (0).bit_count(), (-7).bit_count(), (10).as_integer_ratio(), (True).as_integer_ratio())
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2], "big"))
print(int("  42  "), int("z", 36), int("-0"), int(3.99), int(-3.99), int(True), int("١٢"), int(b"7"), int("1" * 30))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, pow(2, -1), pow(-2, 3, 5), pow(3, -1, 7), (-8) ** (1/3) if False else 0)
print(abs(-2**70), -(2**63), 2**63 - 1, (2**64) // 3, (2**64) % 7, 1 << 70, -1 >> 100, ~2**70, 10**20 & 0xffff, 2**70 ^ -1)
print(round(12345, -2), round(-15, -1), round(25, -1), round(2**70, -20), (5).__round__(), int.__round__(7, 1))
print(hex(-255), oct(8), bin(-5), format(2**70, "x"), (17).__index__(), (3).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
for bad in [lambda: int("1.5"), lambda: int("", 10), lambda: int("10", 1), lambda: int("10", 37), lambda: int(1.5, 10), lambda: int(float("inf")),
            lambda: (1).to_bytes(0, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (256).to_bytes(1, "little"), lambda: 1 << -1, lambda: pow(2, 3, 0),
            lambda: pow(2, -1, 4), lambda: 10 ** -1 // 0, lambda: int("0x1", 10), lambda: int(None)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
