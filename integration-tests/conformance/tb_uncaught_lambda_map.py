# an exception inside a lambda called by map() while list() consumes it: the lambda frame appears, the builtin does not
data = ["1", "2", "x"]
nums = list(map(lambda s: int(s) * 2, data))
