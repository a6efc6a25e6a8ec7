# per-class attributes: KeyError str, OSError errno/strerror/filename and subclass mapping, StopIteration.value, SystemExit.code
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")), str(KeyError("")), str(KeyError(None)))
try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(13, "Permission denied", "/tmp/x")
print(type(e).__name__, e.errno, e.filename, str(e), e.args)
e = OSError(17, "exists", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, str(e))
for errno in [11, 10, 32, 103, 111, 104, 17, 2, 4, 21, 20, 1, 3, 110, 999]:
    print(errno, type(OSError(errno, "msg")).__name__)
print(type(OSError("just message")).__name__, OSError("m").errno, OSError(1).errno, OSError(1, 2, 3, 4, 5, 6).args)
print(FileNotFoundError(2, "nf").errno, str(FileNotFoundError("plain")), repr(OSError()))
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value, StopAsyncIteration(1).args)
for code in [(), (None,), (0,), (3,), ("msg",), (1, 2)]:
    print(code, repr(SystemExit(*code).code))
print(NameError("n").name, AttributeError("a").name, AttributeError("a").obj, ImportError("i").name, ImportError("i", name="m", path="p").path)
print(repr(ImportError("i", name="m")), str(ImportError("i", name="m")), ModuleNotFoundError("x").msg)
try:
    ImportError(bogus=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(BlockingIOError(11, "again", 5).characters_written)
