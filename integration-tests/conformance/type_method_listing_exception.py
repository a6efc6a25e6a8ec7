# the attribute names of BaseException (dir()), as CPython 3.11 lists them
print(BaseException.__name__, sorted(dir(BaseException)))
