# The exceptions an unmatched except* re-raises: the group's repr shows them as a tuple.
try:
    try:
        raise OSError("os")
    except* ValueError:
        print("not matched")
except* OSError as e:
    print(repr(e))
    print(type(e.exceptions).__name__)
