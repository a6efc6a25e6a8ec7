# __class_getitem__ and subscripting builtin generic types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)


class NoGeneric:
    pass


try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Box):
    pass


print(Sub[0])
