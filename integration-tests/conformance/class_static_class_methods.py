# staticmethod and classmethod objects: __func__, calling through class/instance/subclass, callable staticmethod (3.10+), wrapping
class A:
    @staticmethod
    def s(x=1):
        return ("s", x)
    @classmethod
    def c(cls, x=1):
        return ("c", cls.__name__, x)
    def plain(self):
        return "plain"
class B(A):
    pass
print(A.s(), A().s(2), B.s(3), A.c(), B.c(), B().c(4))
sm = A.__dict__["s"]
cm = A.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__, sm(5), callable(cm))
print(type(A.c).__name__, A.c.__self__ is A, B.c.__self__ is B, A.c.__func__ is cm.__func__)
print(type(A.plain).__name__, type(A().plain).__name__, A.plain(None))
free = staticmethod(len)
print(free("abc"), free.__func__ is len)
try:
    classmethod(5)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(A.s.__name__, A.c.__name__, A.s.__qualname__, A.c.__qualname__)
