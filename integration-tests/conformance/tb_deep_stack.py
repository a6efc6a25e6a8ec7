def level(n):
    if n == 0:
        return {}["deep"]
    return level(n - 1) if n % 2 else level(n - 1)


level(6)
