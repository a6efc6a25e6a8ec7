# User-defined exception classes: hierarchies, handler order, args, __str__/__repr__ overrides,
# extra attributes, catching by base class and by tuple, raising classes vs instances.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key} not found")
        self.key = key


class Custom(Exception):
    def __str__(self):
        return "custom str"


for exc in [NotFound("x"), AppError("generic"), Custom(1, 2), KeyError("k"), LookupError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print("AppError", e, repr(e))
    except (KeyError, Custom) as e:
        print("tuple", type(e).__name__, e, repr(e), e.args)
    except Exception as e:
        print("Exception", repr(e))
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3], isinstance(NotFound("k"), LookupError))
e = AppError("a", "b")
e.args = ("replaced",)
print(e, e.args)
print(str(NotFound("z")), ValueError("v").with_traceback(None).args)


class WithNotes(Exception):
    pass


w = WithNotes("base")
w.add_note("note one")
print(w.__notes__)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as b:
    print("BaseException", type(b).__name__)
