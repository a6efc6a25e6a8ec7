def larger(a, b):
    return a if a > b else b


larger(1, None)
