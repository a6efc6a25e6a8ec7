# float(): the sign of float('-nan'), keyword arguments refused, and bytes/bytearray subclasses
# parsed as their bytes.
import math

print(math.copysign(1.0, float('nan')), math.copysign(1.0, float('-nan')), math.copysign(1.0, float(' -NaN ')))
print(math.copysign(1.0, float('+nan')), float('-nan'), repr(float('-nan')))


class Plain(float):
    pass


for bad in [lambda: Plain(x=0), lambda: float(x=1), lambda: float(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class CustomBytes(bytes):
    pass


class CustomByteArray(bytearray):
    pass


print(float(CustomBytes(b'1.5')), float(CustomByteArray(b' 2e3 ')), float(CustomBytes(b'-inf')))
for bad in [CustomBytes(b'x'), CustomBytes(b'1.5x')]:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
