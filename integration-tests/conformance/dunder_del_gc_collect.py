# __del__ runs once an instance is unreachable: by gc.collect() at the latest (CPython runs it at
# once, by reference count; nothing is printed in between here). An error in __del__ goes to
# sys.unraisablehook; a resurrected object's __del__ does not run a second time (PEP 442).
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


class Slotted(Resource):
    __slots__ = ("extra",)


class Failing:
    def __del__(self):
        raise ValueError("in __del__")


keep = []


class Phoenix:
    def __del__(self):
        print("phoenix rises")
        keep.append(self)


r = Resource("r1")
del r
gc.collect()
s = Slotted("s1")
s.extra = 3
print(s.extra)
del s
gc.collect()


def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value, unraisable.err_msg,
          unraisable.object.__qualname__)


sys.unraisablehook = hook
f = Failing()
del f
gc.collect()
sys.unraisablehook = sys.__unraisablehook__

p = Phoenix()
del p
gc.collect()
print(len(keep), type(keep[0]).__name__)
keep.clear()
gc.collect()
print("done")
