# print() writes to whatever sys.stdout is when it is called.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
old = sys.stdout
sys.stdout = cap
print("hidden", 1, 2, sep="-")
print("again", end="!", flush=True)
sys.stdout = old
print("captured:", cap.parts)
sys.stdout = None
print("dropped")
sys.stdout = old
print("back", sys.stdout is sys.__stdout__)
print("to stderr", file=sys.stderr)
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = old
    print("RuntimeError:", e)
