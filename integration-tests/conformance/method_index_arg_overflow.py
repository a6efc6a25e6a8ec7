# index arguments of methods (list.pop, list.insert, str.find start, bytes.index) that do not fit ssize_t raise OverflowError
lst = [1, 2, 3]
for call in [lambda: lst.pop(2**70), lambda: lst.insert(2**70, 0), lambda: lst.pop(-(2**70)), lambda: "abc".find("a", 2**70), lambda: b"abc".index(b"a", 0, 2**70)]:
    try:
        print(call())
    except (IndexError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
