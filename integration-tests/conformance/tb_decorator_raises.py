def validate(fn):
    if fn.__name__.startswith("_"):
        raise TypeError("private functions cannot be registered")
    return fn


@validate
def _hidden():
    pass
