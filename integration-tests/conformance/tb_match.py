def describe(value):
    match value:
        case int(n):
            return n / 0
        case _:
            return "other"


describe(3)
