# augmented assignment to names, attributes, subscripts, slices; target evaluated once
log = []
class Box:
    def __init__(self):
        self.v = 1
    def __getitem__(self, k):
        log.append(("get", k))
        return 10
    def __setitem__(self, k, v):
        log.append(("set", k, v))

def idx():
    log.append("idx")
    return 3

b = Box()
b[idx()] += 5
print(log)

class A:
    def __init__(self):
        self.n = 0
a = A()
for op in range(4):
    a.n += op
print(a.n)
getlog = []
class G:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __getattribute__(self, name):
        getlog.append(name)
        return object.__getattribute__(self, name)
g = G()
g.x *= 7
print(getlog, g.x)

lst = [1, 2, 3]
lst[1:] += [9]
print(lst)
s = "ab"
s *= 3
print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
l1 = [1]
l2 = l1
l1 += [2]
print(l1 is l2, l2)
x = 10
x //= 3; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
x -= 1.5; print(x)
x /= 2; print(x)
d = {"a": [1]}
d["a"] += [2]
print(d)
try:
    t3 = ([1],)
    t3[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t3)
