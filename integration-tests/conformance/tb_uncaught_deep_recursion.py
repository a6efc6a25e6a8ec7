# an uncaught RecursionError: CPython collapses the repeated frames into "[Previous line repeated N more times]"
def f(n):
    return f(n + 1)
f(0)
