e = ValueError("with note")
e.add_note("first note")
g = ExceptionGroup("grouped", [e])
g.add_note("group note")
raise g
