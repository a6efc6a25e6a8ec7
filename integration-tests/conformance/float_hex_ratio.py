# float.hex, float.fromhex, as_integer_ratio and the float rounding dunders (__trunc__, __round__, __floor__, __ceil__)
for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 3.0, 5e-324]:
    print(v, v.as_integer_ratio(), v.hex())
for s in ["0x1.8p1", "-0x1p-2", "0x.8", "1.5", "0x1.fffffffffffffp+1023", "inf", "-nan", "0X1P0", " 0x10 "]:
    print(s, float.fromhex(s))
for bad in ["0x1p10000", "xyz", ""]:
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.5).__round__(), (2.5).__round__(0), (2.7).__floor__(), (-2.7).__ceil__())
print(float.__getformat__("double"))
