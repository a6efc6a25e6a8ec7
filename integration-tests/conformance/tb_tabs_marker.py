def compute(a, b):
	return a[b] + 1


compute({"x": 1}, "y")
