# __notes__ is an ordinary instance attribute: assignable, deletable, and add_note checks it is a list
e = ValueError("v")
e.add_note("first")
e.__notes__ = ["replaced"]
e.add_note("after")
print(e.__notes__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
del e.__notes__
print(hasattr(e, "__notes__"))
