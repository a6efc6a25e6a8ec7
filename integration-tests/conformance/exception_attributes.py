# Attributes of builtin exceptions: NameError.name, AttributeError.name/obj, KeyError args,
# StopIteration.value, SystemExit.code, ImportError.name/path, OSError errno/strerror.
try:
    undefined_name_here
except NameError as e:
    print(e.name, e.args)


def f():
    return undefined_in_function


try:
    f()
except NameError as e:
    print(e.name)


class K:
    pass


try:
    K().missing_attr
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    {}["key"]
except KeyError as e:
    print(e.args, str(e), repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(ImportError("m", name="n", path="p").name, ImportError("m").path)
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args, str(e), type(OSError(2, "x")).__name__)
print(NameError("n", name="given").name, AttributeError("a", name="nm", obj=5).obj)
print(KeyError().args, str(KeyError("a", "b")), str(ValueError()), repr(ValueError("x", 2)))
try:
    from impsupport import nothing_here
except ImportError as e:
    print(e.name, e.path is None or e.path.endswith("__init__.py"))
