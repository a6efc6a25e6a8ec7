def validate(x):
    e = ValueError("bad value")
    e.add_note(f"while validating {x!r}")
    e.add_note("check the input file")
    raise e


validate(42)
