# isinstance honours an instance __class__ property; issubclass accepts non-classes that have __bases__
# __class__ override honoured by isinstance
class Liar:
    @property
    def __class__(self):
        return int
print(isinstance(Liar(), int), type(Liar()) is Liar, isinstance(Liar(), Liar))
# __bases__ based protocol for non-classes in issubclass
class FakeCls:
    def __init__(self, *bases):
        self.__bases__ = bases
a = FakeCls()
b = FakeCls(a)
print(issubclass(b, a), issubclass(a, b))
