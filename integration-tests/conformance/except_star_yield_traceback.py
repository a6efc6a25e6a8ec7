# an exception group raised from an except* handler that suspended: the traceback CPython prints
def raise_after_yield():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        yield "before raise"
        raise RuntimeError("from handler")
for x in raise_after_yield():
    print(x)
