# array indexing, slicing, slice assignment and deletion (simple and extended), iteration and membership
import array

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[100:], a[-100:2], a[5:2], a[8:2:-2])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a['x'])
show(lambda: a[1.5])
b = array.array('i', a)
b[0] = 100
b[-1] = -100
print(b)
b[1:3] = array.array('i', [7, 7, 7, 7])
print(b)
b[2:2] = array.array('i', [0])
print(b)
b[::2] = array.array('i', range(len(b[::2])))
print(b)
del b[0]
del b[-1]
print(b)
del b[1:4]
print(b)
del b[::2]
print(b)
del b[::-3]
print(b)
b[5:] = array.array('i')
print(b)
show(b.__setitem__, slice(0, 2), [1])
show(b.__setitem__, slice(0, 2), array.array('d', [1.0]))
show(b.__setitem__, slice(0, 4, 2), array.array('i', [1, 2, 3]))
show(b.__setitem__, 99, 1)
show(b.__delitem__, 99)
show(b.__setitem__, 0, 'a')
show(b.__setitem__, 'a', 1)
c = array.array('d', [1.5, 2.5, 1.5])
print(1.5 in c, 3 in c, 'a' in c, list(iter(c)), list(reversed(c)), len(c), bool(c), bool(array.array('d')))
it = iter(c)
next(it)
c.append(9.0)
print(list(it))
u = array.array('u', 'hello')
u[0] = 'j'
print(u, u[1:3], u.tounicode())
