# del on names, attributes, subscripts, slices, tuples of targets, and the errors it raises
class C:
    pass

c = C()
c.a = 1
c.b = 2
del c.a
print(sorted(vars(c)))
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

x = 1
y = 2
del x, y
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

[p, q] = 1, 2
del [p, q]
try:
    p
except NameError as e:
    print(type(e).__name__, e)

def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
