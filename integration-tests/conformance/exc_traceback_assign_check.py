# assigning a non-traceback to __traceback__ raises TypeError and leaves the old value
e = ValueError()
for bad in [5, "x"]:
    try:
        e.__traceback__ = bad
    except TypeError as ex:
        print(type(ex).__name__, ex, e.__traceback__)
