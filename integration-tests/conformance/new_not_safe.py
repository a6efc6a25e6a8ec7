# T.__new__(S) for a builtin S that has its own __new__ is refused ("not safe"); a Python subclass
# of T, or T itself, is fine.
for f in [lambda: int.__new__(bool, 0), lambda: object.__new__(list), lambda: object.__new__(dict),
          lambda: int.__new__(int, 5), lambda: tuple.__new__(bool), lambda: object.__new__(object) is not None]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


class I(int):
    pass


print(type(int.__new__(I, 7)).__name__, int.__new__(I, 7))
try:
    class C(bool):
        pass
except TypeError as e:
    print('TypeError', e)
