# memoryview.cast with a shape: ndim, shape, strides, len, tolist, element access by tuple, and its errors
import binascii

m = memoryview(b'123456').cast('B', (2, 3))
print(m.shape, m.strides, m.ndim, len(m), m.tolist(), m.nbytes, m.tobytes(), bytes(m), m.c_contiguous)
print(memoryview(m).shape, memoryview(m).format, binascii.hexlify(m))
for f in (lambda: m[0], lambda: list(m), lambda: m[0, 1], lambda: m[1, -1], lambda: m[2, 0],
          lambda: m.cast('B').tolist(), lambda: m.cast('B', (3, 2)), lambda: memoryview(b'1234').cast('B', (3,)),
          lambda: memoryview(b'1234').cast('I', (1,)).tolist(), lambda: memoryview(b'12345678').cast('H', [2, 2]).tolist(),
          lambda: memoryview(b'1234').cast('B', 5), lambda: m.hex()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
