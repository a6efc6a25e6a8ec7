# the public names of the builtins module (CPython 3.11's full set)
import builtins
print(sorted(n for n in dir(builtins) if not n.startswith("_")))
print(sorted(n for n in dir(builtins) if n.startswith("__")))
