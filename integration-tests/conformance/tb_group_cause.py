try:
    raise ValueError("root cause")
except ValueError as e:
    raise ExceptionGroup("wrapped", [TypeError("inner")]) from e
