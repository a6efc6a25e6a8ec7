# bytes: repr, indexing, operators, searching, splitting, padding, decoding, %-formatting, errors.
b = b"hello\x00\xff 'q'"
print(b, repr(b"it's"), repr(b'say "hi"'), len(b), b[0], b[-1], b[1:4], b[::-1], type(b).__name__)
print(bytes(3), bytes([65, 66]), bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"), bytes(range(3)))
print(b"a" + b"b", b"ab" * 2, 3 * b"x", b"b" in b"abc", 98 in b"abc", list(b"AZ"), bytes(b"x") == b"x")
print(b"a,b,,c".split(b","), b" a  b ".split(), b"a,b,c".rsplit(b",", 1), b"-".join([b"x", b"y", b"z"]))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"abc".upper(), b"ABC".lower(), b"hello world".title())
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".count(b"b"), b"abc".index(99), b"abc".find(b"z"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"abc".replace(b"b", b"BB"), b"abc".partition(b"b"))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-7".zfill(4), b"12".isdigit(), b"a1".isalnum())
print(b"\xde\xad".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"%s-%d-%x-%r" % (b"x", 5, 255, b"q"))
print(hash(b"abc") == hash(bytes([97, 98, 99])), {b"k": 1}[b"k"], b"a" < b"b", b"a" == "a", bytes.maketrans(b"a", b"z")[97])
for bad in ["bytes('a')", "bytes([256])", "b'a' + 'a'", "b'\\xff'.decode()", "b'a\\xffb'.decode('ascii')",
            "b'\\xe4\\xbd'.decode()", "b'abc'[5]", "b'abc'.index(b'z')", "'x' in b'abc'", "b'%d' % 'x'",
            "bytes.fromhex('zz')", "b'a'.decode('nope')", "b'abc'.split(b'')", "b'a'.center(3, 'x')"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
