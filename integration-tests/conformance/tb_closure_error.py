def make_counter():
    count = 0

    def increment(step):
        nonlocal count
        count += step
        return count
    return increment


inc = make_counter()
inc(1)
inc("two")
