# In-place operators: __iadd__ and friends, fallback to __add__/__radd__, NotImplemented, mutation vs rebinding.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 5
print(x is y, x.v, y.v)


class Declines:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "used __add__"


d = Declines()
d += 1
print(d)


class RightOnly:
    def __radd__(self, o):
        return "radd of " + repr(o)


n = 3
n += RightOnly()
print(n)
lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "a"
s *= 3
print(s)
for op in ["v -= 'x'", "v *= None", "v //= []", "v **= 'a'", "v @= 1", "v |= 1.5", "v <<= 1.0"]:
    v = 1
    try:
        exec(op)
    except TypeError as e:
        print(op, "->", e)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
dd = {"a": 1}
dd |= {"b": 2}
print(dd)


class ItemHolder:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, k):
        print("get", k)
        return self.data[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v


h = ItemHolder()
h["k"] += 10


class AttrHolder:
    pass


ah = AttrHolder()
ah.n = 1
ah.n *= 7
print(ah.n)
