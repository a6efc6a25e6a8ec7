# the builtin exception hierarchy: bases of each class and the args/str/repr rules
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError", "LookupError",
         "IndexError", "KeyError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "MemoryError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "PermissionError", "TimeoutError",
         "ConnectionError", "BrokenPipeError", "ConnectionResetError", "ReferenceError", "RuntimeError", "NotImplementedError",
         "RecursionError", "StopIteration", "StopAsyncIteration", "SyntaxError", "IndentationError", "TabError", "SystemError",
         "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
         "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Warning", "DeprecationWarning", "UserWarning", "SyntaxWarning",
         "RuntimeWarning", "FutureWarning", "PendingDeprecationWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
         "ResourceWarning", "EncodingWarning", "BlockingIOError", "ChildProcessError", "ConnectionAbortedError",
         "ConnectionRefusedError", "FileExistsError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "ProcessLookupError"]
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, cls.__base__.__name__, [c.__name__ for c in cls.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
for args in [(), ("one",), ("a", 2), (None,), ([1],)]:
    e = Exception(*args)
    print(args, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("new", 1)
print(e, repr(e))
e.args = [3]
print(e.args, type(e.args).__name__)
print(repr(KeyboardInterrupt()), repr(SystemExit(2)), str(StopIteration(1)), repr(AssertionError()), str(BaseException("a", "b")))
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Custom(1, 2)
print(c.args, str(c), repr(c), c.b)
class NoInit(ValueError):
    pass
print(repr(NoInit("z", 1)), NoInit.__mro__[1].__name__)
print(Exception.__new__(Exception).args, BaseException.__doc__ is None or True)
