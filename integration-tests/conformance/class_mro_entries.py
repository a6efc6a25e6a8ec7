# __mro_entries__ (PEP 560) on non-class bases
class Base:
    pass
class Other:
    pass
class Proxy:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases), [type(b).__name__ for b in bases])
        return self.targets
p = Proxy(Base)
class C(p):
    pass
print(C.__bases__ == (Base,), C.__orig_bases__[0] is p, C.__mro__ == (C, Base, object))
class D(Other, Proxy(Base)):
    pass
print([b.__name__ for b in D.__bases__])
class E(Proxy()):
    pass
print(E.__bases__ == (object,), E.__orig_bases__[0].targets)
class F(Base):
    pass
print("__orig_bases__" in F.__dict__)
try:
    type("T", (Proxy(Base),), {})
except TypeError as e:
    print("TypeError", e)
try:
    class DD(Other, Proxy(Base, Other)):
        pass
except TypeError as e:
    print("TypeError", e)
class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class G(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class H(1):
        pass
except TypeError as e:
    print("TypeError", e)
