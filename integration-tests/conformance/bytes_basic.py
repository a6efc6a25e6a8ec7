# bytes and bytearray: literals, repr, indexing, slicing, methods, conversion errors.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], type(b).__name__)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode(), b"caf\xc3\xa9".decode())
print(b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc", list(b"AZ"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b" x ".strip(), b"abc".upper(), b"abc".hex())
ba = bytearray(b"xyz")
ba[0] = 65
ba.append(66)
print(ba, len(ba), bytes(ba))
print(b"abc" == b"abc", b"a" < b"b", b"abc" == "abc", hash(b"") == hash(b""))
for bad in ["bytes('a')", "bytes([256])", "b'a' + 'a'", "b'\\xff'.decode()", "ba[0] = 300"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
match b"raw":
    case b"raw":
        print("bytes literal pattern")
match b"ab":
    case [x, y]:
        print("sequence?")
    case _:
        print("bytes is not a sequence pattern")
