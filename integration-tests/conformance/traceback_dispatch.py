# Uncaught NameError raised at module level of the program after output, called through a
# dictionary of handlers (a call on a subscript).
handlers = {"ok": lambda: "fine", "bad": lambda: missing_function()}
print(handlers["ok"]())
handlers["bad"]()
