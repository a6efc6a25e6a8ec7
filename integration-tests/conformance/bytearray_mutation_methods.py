# bytearray's mutating methods and item/slice assignment, with CPython's errors
a = bytearray(b"hello")
a.append(33); a.extend(b"ab"); a.extend([1, 2]); a.insert(0, 72); a.insert(-1, 0); a.insert(100, 9)
print(a, a.pop(), a.pop(0), len(a))
a.remove(108); a.reverse(); print(a)
a[0] = 65; a[1:3] = b"xyz"; a[::2] = b"QQQQQQ"[:len(a[::2])]; print(a)
del a[1]; del a[::3]; print(a, a.copy(), a * 2)
a += b"++"; a *= 2; print(a)
a.clear(); print(a, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
for bad in [lambda: a.pop(), lambda: bytearray(b"a").remove(99), lambda: bytearray(b"a").append(256), lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), 5),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"a").insert(0, b"a"), lambda: bytearray(b"a")[5],
            lambda: bytearray(b"a").extend(5), lambda: bytearray(-1), lambda: bytearray("x")]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
