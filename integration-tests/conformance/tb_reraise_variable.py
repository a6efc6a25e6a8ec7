try:
    int("z")
except ValueError as e:
    saved = e
raise saved
