# NameError from a nested call: the position markers under the name.
def outer():
    return inner() + 1


def inner():
    return missing_name


outer()
