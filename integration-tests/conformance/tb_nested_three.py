def a():
    return b()


def b():
    return c()


def c():
    return undefined_name


a()
