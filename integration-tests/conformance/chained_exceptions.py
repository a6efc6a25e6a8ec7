# Explicit (from) and implicit chaining in the report.
def parse(text):
    try:
        return 10 // text
    except TypeError as e:
        raise ValueError("bad input") from e


try:
    parse("x")
except ValueError:
    pass

try:
    1 // 0
except ZeroDivisionError:
    raise NameError("while handling")
