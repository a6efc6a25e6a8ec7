# atexit: functions run last-registered first after the program ends, with their arguments; errors are reported
import atexit

base = atexit._ncallbacks()

def say(*args, **kw):
    print("say", args, sorted(kw.items()))

class Boom:
    def __call__(self):
        raise ValueError("exit function failed")

    def __repr__(self):
        return "<Boom>"

boom = Boom()

atexit.register(say, 1, 2, k="v")
atexit.register(boom)
r = atexit.register(say, "last")
print(r is say, atexit._ncallbacks() - base)

def gone():
    print("never")

atexit.register(gone)
atexit.unregister(gone)
print(atexit._ncallbacks() - base)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")
