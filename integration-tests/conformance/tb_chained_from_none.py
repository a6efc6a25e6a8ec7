try:
    int("x")
except ValueError:
    raise LookupError("quiet") from None
