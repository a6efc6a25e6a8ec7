# int bit operations with negatives and big values; bit_length, bit_count, shifts and their errors
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 + 3, -(2**70) + 1]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), ~v, v & 0xFF, v | 0x10, v ^ -1, v >> 3, v << 3)
print((-1) >> 100, 1 >> 100, (-(2**100)) >> 99, (2**100) >> 98)
print(0 << 1000, (-1) & (2**80 - 1) == 2**80 - 1)
print(-12345678901234567890 & 0xFFFF, -12345678901234567890 | 0xFFFF, -12345678901234567890 ^ 12345)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~False)
print(bin(-37), oct(-37), hex(-37), bin(2**65), hex(-(2**65)))
print(int.bit_length(1024), (1024).bit_count(), (-(2**63)).bit_length())
