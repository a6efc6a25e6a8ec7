# Multiple inheritance: C3 linearisation, diamond with cooperative super(), MRO conflicts.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])


class K1:
    v = "K1"


class K2:
    v = "K2"


class K3(K1, K2):
    pass


class K4(K2, K1):
    pass


print(K3.v, K4.v)


class Init:
    def __init__(self):
        print("Init", type(self).__name__)


class Left(Init):
    def __init__(self):
        print("Left")
        super().__init__()


class Right(Init):
    def __init__(self):
        print("Right")
        super().__init__()


class Bottom(Left, Right):
    pass


Bottom()
print([k.__name__ for k in Bottom.__mro__])
