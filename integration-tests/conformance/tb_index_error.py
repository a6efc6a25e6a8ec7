def last_but_three(items):
    return items[-4]


last_but_three([1, 2, 3])
