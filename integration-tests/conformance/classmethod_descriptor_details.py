# classmethod.__get__ with one argument binds to type(obj); classmethod wrapping property (3.9-3.12); staticmethod.__wrapped__
def f(cls):
    return cls
cmo = classmethod(f)
print(cmo.__get__(None, int)(), cmo.__get__(3)(), cmo.__func__ is f)
class C:
    @classmethod
    @property
    def cp(cls):
        return "classmethod over property: " + cls.__name__
print(C.cp)
print(staticmethod(len).__wrapped__ is len, classmethod(f).__wrapped__ is f)
