def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("caught:", e)
raise LookupError("after recursion")
