cause = KeyError("cause")
err = RuntimeError("effect")
err.__cause__ = cause
raise err
