# repr of bound methods of builtin objects (a builtin method bound to an instance, e.g. sys.stdin.readline, [].append)
import sys
for m in [sys.stdin.readline, sys.stdout.write, [].append, "".join, {}.get]:
    r = repr(m)
    print(r.split(" object at")[0] if " at 0x" in r else r, type(m).__name__)
