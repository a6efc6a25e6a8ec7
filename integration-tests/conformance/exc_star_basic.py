# except*: matching parts of groups, naked exceptions wrapped, unmatched re-raised as group, multiple clauses
def run(exc):
    log = []
    try:
        try:
            raise exc
        except* ValueError as e:
            log.append(("V", type(e).__name__, repr(e.exceptions)))
        except* TypeError as e:
            log.append(("T", repr(e)))
    except BaseException as rest:
        log.append(("rest", repr(rest)))
    return log
print(run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])))
print(run(ValueError("naked")))
print(run(KeyError("naked-unmatched")))
print(run(ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print("handler once", len(e.exceptions))
        raise
except ExceptionGroup as e:
    print("re-raised", repr(e))
def else_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
else_finally()
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, TypeError) as e:
        print("tuple matched", repr(e))
except Exception as e:
    print("unexpected", e)
