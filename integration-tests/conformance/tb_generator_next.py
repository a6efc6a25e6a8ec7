def reader(lines):
    for line in lines:
        yield line.strip()


r = reader(["a ", 5])
print(next(r))
print(next(r))
