# calling type(None): no arguments returns None, arguments give CPython's message; same for NotImplemented/Ellipsis types
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
for t in (type(None), type(...), type(NotImplemented)):
    try:
        t(1)
    except TypeError as e:
        print(type(e).__name__, e)
