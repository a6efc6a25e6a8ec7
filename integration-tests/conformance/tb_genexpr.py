data = ["1", "2", "x"]
print(sum(int(s) for s in data))
