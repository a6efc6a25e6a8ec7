# An error while matching an except* clause is located at the clause, with the group as context.
def f():
    try:
        raise ExceptionGroup("g",[ValueError(2)])
    except* TypeError:
        pass
    except* 1:
        pass
f()
