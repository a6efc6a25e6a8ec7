# __slots__: member descriptors, no __dict__ unless listed or inherited, conflicts with class variables.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)

class Q(P):
    pass

q = Q(1, 2)
q.z = 5
print(q.z, q.__dict__)

class R:
    __slots__ = ["a", "__dict__"]

r = R()
r.a = 1
r.b = 2
print(r.a, r.__dict__)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
