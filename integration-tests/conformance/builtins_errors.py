# An error raised inside a builtin function, uncaught: the traceback points at the call.
values = [3, 1, 2]
print(max(values), min(values), sorted(values))
print(round(2.5), pow(2, 5, 3))
total = sum(values) + max(
    [],
    key=abs,
)
