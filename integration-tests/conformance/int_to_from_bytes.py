# int.to_bytes / int.from_bytes with byteorder, signed, default arguments and overflow errors
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), (1).to_bytes())
print((-129).to_bytes(2, "little", signed=True), (2**64 - 1).to_bytes(8, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
print(int.from_bytes(b"\x01", byteorder="little"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
for args, kw in [((1,), {"byteorder": "big"}), ((0, "big"), {}), ((-1, ), {"signed": False})]:
    pass
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print(type(e).__name__, e)
for n in [0, 1, -1, 127, -128, 128, 2**31, -(2**31), 2**100]:
    b = n.to_bytes(16, "big", signed=True)
    print(n, int.from_bytes(b, "big", signed=True) == n, b[-4:])
