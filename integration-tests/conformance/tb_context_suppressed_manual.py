try:
    1 / 0
except ZeroDivisionError as e:
    new = ValueError("replaced")
    new.__suppress_context__ = True
    raise new
