# array.array construction: every typecode, from lists, tuples, iterables, bytes, str ('u') and arrays; errors
import array

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(array.typecodes, array.ArrayType is array.array, array.array.__module__, array.array.__name__)
for c in array.typecodes:
    init = 'abc' if c == 'u' else [1, 2, 3]
    a = array.array(c, init)
    print(c, a.typecode, a.itemsize, a, len(a), list(a))
show(array.array, 'd', (1, 2.5, -3))
show(array.array, 'i', range(5))
show(array.array, 'i', iter([1, 2]))
show(array.array, 'h', b'\x01\x00\xff\xff')
show(array.array, 'B', bytearray(b'xyz'))
show(array.array, 'd', array.array('i', [1, 2]))
show(array.array, 'u', 'h\xe9llo \U0001f600')
show(array.array, 'b')
show(array.array, 'x')
show(array.array, 'ii')
show(array.array, 1)
show(array.array)
show(array.array, 'i', [1], 3)
show(array.array, 'i', 'abc')
show(array.array, 'i', array.array('u', 'a'))
show(array.array, 'i', b'abc')
show(array.array, 'i', [1.0])
show(array.array, 'i', ['a'])
show(array.array, 'd', ['a'])
show(array.array, 'u', [1])
show(array.array, 'u', ['ab'])
show(array.array, 'i', typecode='i')
show(array.array, 'i', 5)
