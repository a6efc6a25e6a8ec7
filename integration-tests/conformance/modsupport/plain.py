"""A plain module."""
VALUE = 42


def twice(x):
    return 2 * x
