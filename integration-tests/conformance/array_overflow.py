# array items out of range: CPython's OverflowError message for each typecode
import array

for c in 'bBhHiIlLqQ':
    size = array.array(c).itemsize * 8
    for v in (-2 ** 70, -2 ** size, -2 ** (size - 1) - 1, -1, 2 ** (size - 1), 2 ** size - 1, 2 ** size, 2 ** 70):
        try:
            print(c, v, array.array(c, [v]))
        except OverflowError as e:
            print(c, v, 'OverflowError', e)
a = array.array('b', [1, 2])
for op in (lambda: a.append(200), lambda: a.__setitem__(0, -200), lambda: a.insert(0, 128),
           lambda: a.extend([1, 300]), lambda: a.fromlist([1, 300])):
    try:
        op()
    except OverflowError as e:
        print('OverflowError', e, a)
print(array.array('Q', [2 ** 64 - 1])[0], array.array('L', [2 ** 63])[0], array.array('f', [0.1])[0])
print(array.array('i', [True, False]), array.array('d', [10 ** 20, True]))
try:
    array.array('d', [10 ** 400])
except OverflowError as e:
    print('OverflowError', e)
