# __get__ of functions, classmethods, staticmethods and properties called with only the instance (owner defaults to type(instance))
class A:
    def m(self):
        return "m on " + type(self).__name__
    @classmethod
    def c(cls):
        return "c on " + cls.__name__
    @staticmethod
    def s():
        return "s"
    @property
    def p(self):
        return "p"
a = A()
print(A.__dict__["m"].__get__(a)(), A.__dict__["c"].__get__(a)(), A.__dict__["s"].__get__(a)(), A.__dict__["p"].__get__(a))
print((lambda self: self * 2).__get__(21)())
