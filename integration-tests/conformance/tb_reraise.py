def risky():
    raise ValueError("original")


try:
    risky()
except ValueError:
    print("logging and re-raising")
    raise
