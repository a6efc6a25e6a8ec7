# An error while matching an except clause (a bad type, an undefined name) has the caught exception
# as __context__ and is located at the clause, as in CPython.
try:
    try:
        raise ValueError(1)
    except 1:
        pass
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* 1:
        pass
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(repr(e), repr(e.__context__))
def f():
    try:
        raise ValueError(2)
    except (
       TypeError, 1):
        pass
try:
    try:
        raise KeyError(3)
    except UndefinedName:
        pass
except NameError as e:
    print(repr(e), repr(e.__context__))
f()
