keys = ["a", "b"]
lookup = {"a": 1}
result = {k: lookup[k] for k in keys}
