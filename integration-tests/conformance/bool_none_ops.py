# bool and None: arithmetic, repr, identity, constructors, conversions and error messages
print(True + 1, True * 3.5, -True, True / 2, True // 2, True ** 10, True << 3, abs(False), divmod(True, True))
print(repr(True), str(False), int(True), float(False), complex(True), bool(), bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(True == 1, False == 0.0, True in [1], isinstance(True, int), type(True + True).__name__)
print(True & True, True | False, True ^ True, ~True, not True, True and "x", False or None)
print(bool.__name__, bool.__base__.__name__, True.__class__, None.__class__, type(None).__name__)
print(None is None, None == None, None != 0, repr(None), str(None), bool(None), None.__bool__() if hasattr(None, "__bool__") else "-")
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
print(bool(1) is True, bool("a") is True, hash(None) == hash(None), hash(True), hash(False))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), "%d %s %r" % (True, True, False), f"{True:d} {False!r} {True:>5}")
