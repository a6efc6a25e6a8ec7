# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove/reverse/clear/copy, in-place ops, errors
ba = bytearray(b"hello")
ba[0] = 72; ba[1:3] = b"EY"; ba.append(33); ba.extend(b"??"); ba.extend([1]); ba.insert(0, 95)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(33); ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(c, ba)
ba += b"++"; ba *= 2; print(ba)
del ba[0]; del ba[::2]; print(ba)
ba[1:1] = b"INS"; print(ba)
ba[:] = b""; print(ba, ba == b"")
for call in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98),
             lambda: bytearray(b"a").append(-1), lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xyz"), lambda: bytearray(b"a").__setitem__(0, b"x")]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
y = x
x += b"d"
print(x is y, y, x.upper(), type(x.upper()).__name__, x.find(b"c"), x.split(b"b"), x.hex(), bytearray.fromhex("41 42"))
print(x.decode(), x.startswith(b"ab"), x.replace(b"a", b"A"), x[1], x[1:3], type(x[1:3]).__name__)
print(repr(bytearray(b"q'")), bytearray(b"z") + b"y", b"y" + bytearray(b"z"), type(b"y" + bytearray(b"z")).__name__)
