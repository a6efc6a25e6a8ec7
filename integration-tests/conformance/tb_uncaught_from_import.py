# an exception raised while importing a module prints the import frames (<frozen importlib._bootstrap> lines are CPython's)
try:
    import impsupport.broken
except Exception as e:
    print("caught", type(e).__name__, e)
