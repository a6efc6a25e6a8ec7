# del: names, list items and slices, dict keys, attributes, tuples of targets, errors.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)


class O:
    cls_attr = 1


o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
p, q = 1, 2
del p, q
print("p" in globals(), "q" in globals())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)


def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)


print(f())
try:
    del undefined_thing
except NameError as e:
    print(e)
