# calling the method type builds bound methods; bound methods hash by (self, function) so equal bound methods hash equal; builtin bound methods expose __self__
class A:
    def m(self):
        pass
a = A()
print(hash(a.m) == hash(a.m), a.m == a.m, {a.m: 1}[a.m])
lst = [3, 1, 2]
print(lst.sort.__self__ is lst, "abc".upper.__self__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__)
bound_builtin = [3, 1, 2].sort
print(bound_builtin(), type(bound_builtin).__name__, bound_builtin.__name__, bound_builtin.__qualname__)
def free(self):
    return 'free function as method ' + type(self).__name__
bm = a.m
import sys
mt = type(bm)
print(mt.__name__, mt(free, 5)(), mt(free, a).__self__ is a)
try:
    mt(1, a)
except TypeError as e:
    print(type(e).__name__, e)
