# Subclassing builtin types: int, str, list, dict, tuple, float, set keep their behaviour and gain a __dict__.
class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return f"MyInt({int.__repr__(self)})"

m = MyInt(21)
print(m, m.double(), m + 1, 1 + m, type(m + 1).__name__, isinstance(m, int), m == 21, hash(m) == hash(21))
m.tag = "x"
print(m.tag, repr(m), str(m), [10, 20, 30][MyInt(1)], int(m), -m, abs(MyInt(-3)))

class Upper(str):
    def shout(self):
        return self.upper() + "!"

u = Upper("hello")
print(u.shout(), len(u), u + " world", u[1:3], type(u).__name__, u == "hello", "ell" in u, u.split("l"))

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, s + [4], isinstance(s, list))

class Registry(dict):
    def __missing__(self, key):
        return f"<{key}>"

r = Registry(a=1)
r["b"] = 2
print(r["a"], r["zzz"], sorted(r), r)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__, len(p))

class F(float):
    pass
print(F(2.5) * 2, F("1.5"), type(F(1)).__name__)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(e)
try:
    class B2(bool):
        pass
except TypeError as e:
    print(e)
class S(set):
    pass
print(sorted(S([3, 1, 2])), type(S()).__name__)
