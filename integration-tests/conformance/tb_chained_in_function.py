def convert(s):
    try:
        return float(s)
    except ValueError:
        return None + 1


convert("nan?")
