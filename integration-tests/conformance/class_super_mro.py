# super(): cooperative multiple inheritance, explicit two-argument form, classmethods, super in __init_subclass__, errors
class A:
    def who(self):
        return ["A"]
    @classmethod
    def cm(cls):
        return "A.cm on " + cls.__name__
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    @classmethod
    def cm(cls):
        return "D.cm -> " + super().cm()
print(D().who(), [k.__name__ for k in D.__mro__], D.cm())
print(super(B, D()).who(), super(C, D()).who())
class E(D):
    def who(self):
        return super(D, self).who()
print(E().who())
s = super(B, D())
print(type(s).__name__)
def outside():
    try:
        super().who()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Init:
    def __init__(self, **kw):
        self.kw = kw
class Mixin:
    def __init__(self, **kw):
        self.mixed = True
        super().__init__(**kw)
class Both(Mixin, Init):
    def __init__(self, **kw):
        super().__init__(**kw)
bo = Both(a=1)
print(bo.mixed, bo.kw)
class Prop(A):
    @property
    def name(self):
        return "Prop.name"
class Sub(Prop):
    @property
    def name(self):
        return "Sub+" + super().name
print(Sub().name)
class Attr:
    x = "base x"
class Attr2(Attr):
    x = "derived x"
    def get(self):
        return super().x
print(Attr2().get())
