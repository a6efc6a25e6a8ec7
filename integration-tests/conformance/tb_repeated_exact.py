def countdown(n):
    if n == 0:
        raise ValueError("done")
    countdown(n - 1)


countdown(4)
