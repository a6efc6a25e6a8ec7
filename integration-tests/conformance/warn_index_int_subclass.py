# __index__ returning a strict int subclass (bool too) works but emits CPython's DeprecationWarning on stderr, once per location
lst = list(range(10))
class BoolIdx:
    def __index__(self):
        return True
print(lst[BoolIdx()], type(BoolIdx().__index__()).__name__)
class SubInt(int):
    pass
class RetSub:
    def __index__(self):
        return SubInt(4)
print(lst[RetSub()])
