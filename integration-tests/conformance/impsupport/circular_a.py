from impsupport import circular_b

A_VALUE = "a"


def from_b():
    return circular_b.B_VALUE
