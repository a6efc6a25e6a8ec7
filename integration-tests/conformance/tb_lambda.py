handlers = {"double": lambda v: v * 2, "invert": lambda v: 1 / v}
print(handlers["double"](3))
print(handlers["invert"](0))
