# and / or / not return operands, with short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0)
print(not 0, not 5, not None)
print(None or "default", "" or "empty")


def loud(x):
    print("evaluated", x)
    return x


print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(1 if 0 else 2, 1 if 3 else 2)
