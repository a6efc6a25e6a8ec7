try:
    raise ValueError("a")
except ValueError as e:
    print(e.missing_attr)
