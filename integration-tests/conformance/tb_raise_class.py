def guard(x):
    if x is None:
        raise TypeError
    return x


guard(None)
