# gen.throw(type, value, tb) raises with the traceback given (contextlib-based context managers see the whole traceback)
import sys, contextlib
def names(tb):
    r = []
    while tb:
        r.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    return r
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", names(tb), names(v.__traceback__))
        return True
def f(): raise ValueError("x")
def run():
    with CM():
        f()
run()
def gen():
    try:
        yield
    except:
        print("gen", names(sys.exc_info()[2]))
g = gen(); next(g)
try:
    f()
except ValueError as e:
    print("caught", names(e.__traceback__))
    try:
        g.throw(type(e), e, e.__traceback__)
    except StopIteration: pass
g = gen(); next(g)
try:
    f()
except ValueError as e:
    try:
        g.throw(e)
    except StopIteration: pass
@contextlib.contextmanager
def cm():
    try:
        yield
    except:
        print("cm", names(sys.exc_info()[2]))
def run2():
    with cm():
        f()
run2()
