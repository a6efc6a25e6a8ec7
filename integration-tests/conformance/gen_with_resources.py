# generators holding a with block across yields: __exit__ runs on exhaustion, on close(), on throw(), and on an exception in the body
log = []
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("open " + self.n)
        return self
    def __exit__(self, et, ev, tb):
        log.append("close %s %s" % (self.n, et.__name__ if et else None))
        return False
def reader(n, fail_at=None):
    with Res(n):
        for i in range(3):
            if i == fail_at:
                raise ValueError("failed at %d" % i)
            yield i
print(list(reader("a")), log); log.clear()
g = reader("b"); next(g); g.close()
print(log); log.clear()
g = reader("c"); next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError:
    pass
print(log); log.clear()
try:
    list(reader("d", fail_at=1))
except ValueError as e:
    print(e, log)
log.clear()
def nested():
    with Res("outer"):
        with Res("inner"):
            yield 1
        yield 2
n = nested()
print(next(n), log)
print(next(n), log)
n.close()
print(log)
