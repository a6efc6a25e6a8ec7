# Uncaught exception through nested calls, a method and an imported module: CPython's traceback.
from impsupport.counter import Thing


def level1(t, key):
    return level2(t, key)


def level2(t, key):
    return t.explode(key)


print("start")
level1(Thing(), "missing")
