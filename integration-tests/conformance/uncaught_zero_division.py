# An uncaught exception: CPython's traceback on stderr, exit status 1.
def divide(a, b):
    return a // b


print("before")
divide(1, 0)
print("not reached")
