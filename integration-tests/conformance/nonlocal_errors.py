# A nonlocal declaration with no binding in an enclosing function is a SyntaxError reported before
# anything runs.
print("never printed")


def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
