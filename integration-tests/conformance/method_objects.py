# bound method objects: __self__, __func__, __name__, equality vs identity, rebinding, calling through the function, methods stored on instances
class A:
    def m(self, x=0):
        return (type(self).__name__, x)
a, b = A(), A()
bm = a.m
print(bm(), bm(5), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, type(bm).__name__)
print(a.m == a.m, a.m is a.m, a.m == b.m, A.m == A.m)
print(A.m(a, 1), A.m(b), bm.__func__(b, 2))
a.m = lambda: "instance attribute shadows method"
print(a.m(), b.m())
del a.m
print(a.m())
class B:
    def __init__(self):
        self.f = self.helper
    def helper(self):
        return "bound at init"
print(B().f())
def free(self):
    return "free function as method " + type(self).__name__
A.free = free
print(a.free(), A.free(b))
print(getattr(a, "m").__func__.__name__, A.__dict__["m"].__get__(a, A)(), A.__dict__["m"].__get__(None, A) is A.__dict__["m"])
