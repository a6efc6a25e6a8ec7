def f(x):
	if x:
		return 1 / 0


f(True)
