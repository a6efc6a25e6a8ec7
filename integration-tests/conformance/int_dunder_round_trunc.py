# int's rounding dunders and three-argument __pow__, int() of bytes-like objects
print((3).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print((3).__trunc__(), (3).__floor__(), (3).__ceil__(), type((True).__trunc__()).__name__)
print((2).__pow__(10, 1000), (3).__pow__(-1, 7))
print(int(b"12"), int(bytearray(b"-3")), int(b" 0x1f ", 16), int(memoryview(b"42")))
try:
    int(b"1.5")
except ValueError as e:
    print(type(e).__name__, e)
