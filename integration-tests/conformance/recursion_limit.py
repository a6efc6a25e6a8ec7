# Runaway recursion is a RecursionError, folded in the report as CPython folds it.
def down(n):
    return down(n + 1)


down(0)
