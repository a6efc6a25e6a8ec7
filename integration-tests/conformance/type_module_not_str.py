# A class's __module__ is whatever object was stored in its dictionary (CPython's type_module), so
# traceback prints an exception class whose __module__ is not a string as <unknown>.Name.
import traceback


class X(Exception):
    def __str__(self):
        return "I am X"


X.__module__ = 42
print(X.__module__, type(X.__module__).__name__, X.__dict__["__module__"])
print(traceback.format_exception_only(X()))
X.__module__ = None
print(X.__module__)
print(traceback.format_exception_only(X()))
X.__module__ = "pkg.mod"
print(traceback.format_exception_only(X()))
