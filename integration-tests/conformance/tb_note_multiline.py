e = RuntimeError("multi")
e.add_note("line one\nline two")
raise e
