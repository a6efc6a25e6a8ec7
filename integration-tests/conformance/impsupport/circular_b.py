import impsupport.circular_a

B_VALUE = "b"


def a_partial():
    return hasattr(impsupport.circular_a, "A_VALUE")
