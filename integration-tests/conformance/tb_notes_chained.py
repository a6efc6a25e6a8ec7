try:
    {}["k"]
except KeyError as e:
    e.add_note("lookup note")
    err = RuntimeError("wrapped")
    err.add_note("outer note")
    raise err from e
