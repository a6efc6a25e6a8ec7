# array pickling (__reduce_ex__ by protocol, _array_reconstructor) and copying of subclasses with attributes
import array, pickle

for c in 'bBuhHiIlLqQfd':
    a = array.array(c, 'xyz' if c == 'u' else [1, 2, 3])
    print(c, a.__reduce_ex__(2)[1], a.__reduce_ex__(3)[1][1:])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and type(b) is array.array, (c, proto)
print(array.array('i', [1]).__reduce_ex__(2))
print(array.array('i', [1]).__reduce_ex__(4)[0])

class A(array.array):
    pass

x = A('d', [1.5])
x.tag = 'hello'
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, type(y).__name__, y, y.tag)
r = array._array_reconstructor
print(r(array.array, 'i', 8, b'\x01\x00\x00\x00'))
print(r(array.array, 'i', 13, b'\x00\x00\x00\x00\x00\x00\x00\x05'))
print(r(array.array, 'd', 15, b'?\xc0\x00\x00'))
print(r(array.array, 'u', 18, 'hi'.encode('utf-16-le')))
for args in ((array.array, 'x', 8, b''), (array.array, 'i', 99, b''), (int, 'i', 8, b''), (1, 'i', 8, b''),
             (array.array, 'i', 8, 'str')):
    try:
        r(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter(array.array('i', [1, 2, 3]))
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
