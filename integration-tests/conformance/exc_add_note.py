# add_note and __notes__: order, type checks, notes on groups, printed in uncaught tracebacks
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k:
    print(k.__notes__, str(k), repr(k))
eg = ExceptionGroup("g", [TypeError("t")])
eg.add_note("group note")
print(eg.__notes__)
final = RuntimeError("uncaught")
final.add_note("note line 1")
final.add_note("note\nspanning lines")
raise final
