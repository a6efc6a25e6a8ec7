# the implicit __class__ cell: zero-argument super, __class__ in methods, classes created in functions
class A:
    def who(self):
        return __class__.__name__
    def nested(self):
        def inner():
            return __class__
        return inner().__name__
class B(A):
    def who(self):
        return "B->" + super().who() + " " + __class__.__name__
print(A().who(), B().who(), B().nested())
def factory(n):
    class Made:
        def name(self):
            return __class__.__name__ + str(n)
    return Made
print(factory(1)().name(), factory(2).__qualname__)
class C:
    def m(self):
        return super()
print(type(C().m()).__name__)
class D:
    def get_class(self):
        return __class__
    @classmethod
    def cm(cls):
        return __class__ is cls
    @staticmethod
    def sm():
        return __class__.__name__
class E(D):
    pass
print(E().get_class().__name__, E.cm(), D.cm(), E.sm())
