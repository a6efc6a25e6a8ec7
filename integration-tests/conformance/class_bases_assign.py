# assignment to __bases__: allowed between compatible layouts, refused otherwise
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only B"
class C(A):
    pass
c = C()
print(c.who(), C.__mro__ == (C, A, object))
C.__bases__ = (B,)
print(c.who(), c.only_b(), C.__mro__ == (C, B, object), C.__base__ is B)
C.__bases__ = (A, B)
print(c.who(), c.only_b(), [k.__name__ for k in C.__mro__])
class D(C):
    pass
C.__bases__ = (B,)
print([k.__name__ for k in D.__mro__])
def attempt(cls, value):
    try:
        cls.__bases__ = value
        print("ok", [b.__name__ for b in cls.__bases__])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(C, ())
attempt(C, [A])
attempt(C, (1,))
attempt(C, (C,))
attempt(C, (D,))
attempt(C, (int,))
attempt(C, (A, A))
attempt(int, (object,))
attempt(object, ())
class X:
    pass
class Y(X):
    pass
attempt(X, (Y,))
class Z(Y):
    pass
class P:
    pass
class Q(P):
    pass
attempt(Z, (P, Q))
class I(int):
    pass
class J(int):
    pass
attempt(I, (J,))
attempt(I, (object,))
class S:
    __slots__ = ("a",)
class T(S):
    pass
attempt(T, (object,))
try:
    del C.__bases__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
