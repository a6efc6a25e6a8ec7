# an exception with both __cause__ and __context__: the printed chain shows the cause ("direct cause"), not the context
try:
    try:
        raise KeyError("context one")
    except KeyError:
        cause = ValueError("the cause")
        raise RuntimeError("final") from cause
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    raise
