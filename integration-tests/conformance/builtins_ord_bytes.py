# ord() accepts a bytes or bytearray of length 1; other lengths give CPython's messages
print(ord(b"a"), ord(bytearray(b"z")), ord(b"\xff"))
for bad in [b"ab", b"", bytearray(b"xy")]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
