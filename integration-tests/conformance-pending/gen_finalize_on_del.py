# a suspended generator that loses its last reference is closed at once (CPython reference counting): its finally and __exit__ run
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("enter " + self.n)
    def __exit__(self, *a):
        log.append("exit " + self.n)
def gen():
    try:
        with CM("gen"):
            yield 1
            yield 2
    finally:
        log.append("gen finally")
g = gen()
next(g)
del g
log.append("after del")
print(log)
def first(it):
    for v in it:
        return v
def g3():
    try:
        yield "x"
    finally:
        log.append("g3 finally")
print(first(g3()), log[-1])
