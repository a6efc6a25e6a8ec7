# The reflected method of a right operand whose type is a subclass of the left's type runs first,
# but only if the subclass overrides it.
class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"

    def __lt__(self, o):
        return "Base.lt"

    def __gt__(self, o):
        return "Base.gt"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"

    def __gt__(self, o):
        return "Sub.gt"


class Plain(Base):
    pass


print(Base() + Sub(), Sub() + Base(), Base() + Plain(), Plain() + Base())
print(Base() < Sub(), Sub() < Base(), Base() < Plain())


class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"

    def __rsub__(self, o):
        return NotImplemented


print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(1), MyInt(5) - 1, type(MyInt(5) - 1).__name__)


class MyStr(str):
    def __radd__(self, o):
        return "MyStr.radd " + o


print("a" + MyStr("b"), MyStr("b") + "a")


class F(float):
    def __rmul__(self, o):
        return "F.rmul"


print(2.0 * F(3), 2 * F(3), F(3) * 2)
