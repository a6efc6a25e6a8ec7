# print(): sep, end, file=sys.stderr, flush, None arguments, objects with __str__, errors for bad sep/end
import sys
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("next", end="\n")
print("x", "y", sep="")
print(1, 2, sep=None, end=None)
print()
print("", end="")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print(*[], sep="never")
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()].__class__.__name__)
for bad in [dict(sep=1), dict(end=2), dict(file=5)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "writer", sep="+", end="!", file=w)
print(w.parts)
print(None, file=None)
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc"), "returned")
