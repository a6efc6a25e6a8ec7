# open() for writing and reading back: text and binary modes, read sizes, universal newlines, errors
path = "/tmp/jyston_conformance_builtins_open_write.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.closed)
    print(f.write("first line\n"), f.write("zweite Zeile é\r\nthird\rlast"))
    print("printed", 42, file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read(5)), repr(f.readline()), repr(f.readline(4)))
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    print([len(line) for line in f], f.encoding)
with open(path, "rb") as fb:
    print(type(fb).__name__, fb.read(6), fb.readline(), fb.mode)
    print(len(fb.read()), fb.read())
with open(path, "ab") as fb:
    print(type(fb).__name__, fb.write(b"\nappended"))
with open(path, "rb") as fb:
    print(fb.readlines()[-2:])
for mode in ["x", "rw", "rbt", "q"]:
    try:
        open(path, mode)
    except (ValueError, FileExistsError) as e:
        print(type(e).__name__, e)
f = open(path)
f.close()
for op in [f.read, f.readline, lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(path, "r", encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
with open(path, "wb") as fb:
    try:
        fb.write("text")
    except TypeError as e:
        print("TypeError", e)
