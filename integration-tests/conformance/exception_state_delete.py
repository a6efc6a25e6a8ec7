# BaseException's state attributes cannot be deleted (CPython's messages), and an except clause's
# tuple is checked whole before any member is matched.
e = Exception()
for name in ('__cause__', '__context__', '__traceback__', 'args', '__suppress_context__'):
    try:
        delattr(e, name)
        print(name, 'deleted')
    except TypeError as x:
        print(name, 'TypeError:', x)

for clause in ((ValueError, 42), ((ValueError,),), (KeyError, ValueError)):
    try:
        try:
            raise ValueError
        except clause:
            print('caught by', clause)
    except TypeError as x:
        print(clause, 'TypeError:', x)
