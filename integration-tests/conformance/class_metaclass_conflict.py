# metaclass selection: the most derived metaclass wins; unrelated metaclasses conflict
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=M3):
    pass
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class Y(A, C):
    pass
print(type(Y).__name__)
class Z(C, A):
    pass
print(type(Z).__name__)
class W(A, metaclass=M3):
    pass
print(type(W).__name__)
class V(C, metaclass=M1):
    pass
print(type(V).__name__)
try:
    class U(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    type("T", (A, B), {})
except TypeError as e:
    print("TypeError", e)
# a plain function as metaclass is called directly, no conflict check
def fmeta(name, bases, ns):
    print("fmeta", name, [b.__name__ for b in bases])
    return 42
class F(A, metaclass=fmeta):
    pass
print(F)
# metaclass that is not a type: its result is returned as-is
class NotType:
    def __call__(self, name, bases, ns):
        return ("made", name)
class G(metaclass=NotType()):
    pass
print(G)
