# open() reads a text file (this program's own source): read, readline, iteration, context manager, closed state
with open(__file__) as f:
    first = f.readline()
    rest = f.read()
print(repr(first), len(rest.splitlines()), f.closed)
with open(__file__, "rb") as fb:
    print(fb.read(4))
print(sum(1 for _ in open(__file__)))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
