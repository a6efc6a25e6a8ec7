# in-place operators: __iadd__ preferred, NotImplemented falls back to __add__ then __radd__, immutables rebind
class A:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append("iadd")
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "sub fallback"
    def __imul__(self, o):
        return None
a = A()
b = a
a += 1
print(a is b, a.log)
a -= 1
print(a)
c = A()
c *= 2
print(c)
class OnlyR:
    def __radd__(self, o):
        return "radd via inplace"
x = 5
x += OnlyR()
print(x)
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
class N:
    pass
for op in ops:
    try:
        v = N()
        exec("v %s 1" % op)
    except TypeError as e:
        print(e)
s = [1]
t = s
s += (2, 3)
print(s, t is s)
try:
    s = s + (4,)
except TypeError as e:
    print(e)
d = {"a": 1}
d |= {"b": 2}
print(d)
fs = frozenset([1])
f2 = fs
fs |= {2}
print(sorted(fs), sorted(f2), fs is f2)
st = {1}
st2 = st
st |= {2}
print(st is st2)
