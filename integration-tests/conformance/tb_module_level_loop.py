for i in range(5):
    if i == 3:
        raise IndexError(f"index {i}")
