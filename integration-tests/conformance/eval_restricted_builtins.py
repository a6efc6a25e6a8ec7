# a __builtins__ entry in the globals passed to eval/exec replaces the builtins the code sees
ns = {"__builtins__": {"len": len}}
print(eval("len('abc')", ns))
try:
    eval("print('x')", ns)
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("y = abs(-1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
