def get():
    return None


print(len(get()) + 1)
