# rich comparisons: reflection (__lt__ <-> __gt__), __eq__ fallback to identity, __ne__ derived from __eq__, error messages
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return ("L.lt", self.v)
class G:
    def __gt__(self, o):
        return "G.gt reflected"
print(L(1) < 5, 5 > L(1), 1 < G(), L(1) < G())
class E:
    def __eq__(self, o):
        return "custom eq"
e = E()
print(e == 1, 1 == e, e != 1, e != e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
for sym in ["<", "<=", ">", ">="]:
    try:
        eval("p %s q" % sym)
    except TypeError as ex:
        print(ex)
class NeOnly:
    def __ne__(self, o):
        return "ne called"
print(NeOnly() != 1, NeOnly() == 1)
class EqNI:
    def __eq__(self, o):
        return NotImplemented
a = EqNI()
print(a == a, a == EqNI(), a != a)
class Sub(L):
    def __gt__(self, o):
        return "Sub.gt preferred"
print(L(1) < Sub(2))
try:
    [1] < (1,)
except TypeError as ex:
    print(ex)
try:
    {1} < [1]
except TypeError as ex:
    print(ex)
print(1 == "1", [] == (), {} == [], None == 0, 1 != "1")
class TotalFake:
    def __le__(self, o):
        return "le"
print(TotalFake() <= 1, 1 >= TotalFake())
try:
    TotalFake() < 1
except TypeError as ex:
    print(ex)
