# an exception raised inside an except* handler: alone it propagates bare, with unhandled parts it joins a new group
def run(exc, raise_new):
    try:
        try:
            raise exc
        except* OSError:
            if raise_new:
                raise RuntimeError("from handler")
    except BaseException as e:
        ctx = e.__context__
        print(type(e).__name__, repr(e), repr(ctx))
        if isinstance(e, BaseExceptionGroup):
            print([repr(x.__context__) for x in e.exceptions])
run(ExceptionGroup("g", [OSError(1)]), True)
run(ExceptionGroup("g", [OSError(1), ValueError(2)]), True)
run(ExceptionGroup("g", [OSError(1), ValueError(2)]), False)
