# global statement: assignment, deletion and augmented assignment of module names from functions.
g = 1


def read():
    return g


def write():
    global g
    g = 2


def aug():
    global g
    g += 10


def create():
    global fresh
    fresh = "new"


def remove():
    global fresh
    del fresh


print(read())
write()
print(g, read())
aug()
print(g)
create()
print(fresh)
remove()
try:
    print(fresh)
except NameError as e:
    print(type(e).__name__, e)


def shadow():
    g = "local"
    return g


print(shadow(), g)


def nested():
    def inner():
        global g
        g = "from inner"
    inner()
    return g


print(nested(), g)


class K:
    global g
    g = "from class"


print(g, hasattr(K, "g"))
print(globals()["g"], "read" in globals())
