# bytearray (mutation, in-place operators, slices) and memoryview over bytes and bytearray.
ba = bytearray(b"xyz")
ba[0] = 65
ba.append(66)
ba.extend(b"!!")
ba += b"?"
ba.insert(1, 95)
del ba[-1]
print(ba, len(ba), bytes(ba), ba.pop(), ba.pop(0), ba)
ba[1:3] = b"QRS"
print(ba, ba[::2], ba.find(b"S"), ba.upper(), bytearray(b"a'b"), bytearray())
ba.remove(66)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba, list(ba))
ba.clear()
print(ba, bool(ba))
x = bytearray(b"abcdef")
del x[::2]
x *= 2
print(x, bytearray(3), bytearray([1, 2]), bytearray("h\xe9", "utf-8"), bytearray.fromhex("00ff"))
m = memoryview(b"abcdef")
print(m[1], m[-1], m[1:4].tobytes(), m[::2].tolist(), len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim)
print(m.shape, m == b"abcdef", bytes(m[2:]), m.hex(), b"-".join([m[:1], m[1:2]]))
buf = bytearray(b"hello")
mv = memoryview(buf)
mv[0] = 72
mv[1:3] = b"EL"
print(buf, mv.readonly, mv.tobytes())
mv.release()
for bad in ["ba[0] = 300", "ba[10] = 1", "bytearray().pop()", "bytearray(b'a').remove(9)", "hash(bytearray())",
            "x[::2] = b'toolong'", "bytearray(b'a').extend(5)", "m[10]", "memoryview(b'x')[0] = 1", "mv[0]",
            "memoryview(5)", "bytearray('abc')", "bytearray(-1)"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
