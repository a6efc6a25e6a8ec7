# TypeError for an inconsistent MRO: CPython's message spans two lines and names the bases left
# in conflict when the merge fails.
class A:
    pass


class B(A):
    pass


class X:
    pass


class Y:
    pass


class Z(X, Y):
    pass


class W(Y, X):
    pass


try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class P:
    pass


class Q(P):
    pass


class R(P):
    pass


class S(Q, R):
    pass


try:
    class T(R, S):
        pass
except TypeError as e:
    print(type(e).__name__, e)
