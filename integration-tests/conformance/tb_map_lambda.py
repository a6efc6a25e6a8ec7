print(list(map(lambda x: 10 / x, [5, 2, 0])))
