# array comparison, +, *, +=, *=, repr, hashing, and their TypeErrors
import array

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('i', [1, 2, 3])
b = array.array('i', [1, 2, 4])
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(a == array.array('d', [1.0, 2.0, 3.0]), a < array.array('i', [1, 2, 3, 0]), a == [1, 2, 3])
show(lambda: a < 3)
print(a + b, a * 2, 2 * a, a * 0, a * -1)
show(lambda: a + array.array('d'))
show(lambda: a + [1])
show(lambda: a * 'x')
show(lambda: a * 1.5)
c = array.array('i', [5])
d = c
c += array.array('i', [6])
c *= 2
print(c, d is c)
def iadd_list():
    x = array.array('i')
    x += [1]
show(iadd_list)
def iadd_other():
    x = array.array('i')
    x += array.array('b')
show(iadd_other)
show(hash, a)
print(repr(array.array('d')), repr(array.array('f', [0.5])), repr(array.array('u', "it's")))
print(str(array.array('Q', [2 ** 64 - 1])))
