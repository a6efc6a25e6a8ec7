values = [3, 2, 1, 0]
print([10 // v for v in values])
