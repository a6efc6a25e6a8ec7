try:
    raise ExceptionGroup("first", [TypeError("t")])
except ExceptionGroup as eg:
    raise RuntimeError("after group") from eg
