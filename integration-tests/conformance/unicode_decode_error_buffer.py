# UnicodeDecodeError keeps a bytes copy of a bytearray or memoryview object; args keep the original.
for obj in bytearray(b'\xff'), memoryview(b'ab\xff'), b'\xfe':
    e = UnicodeDecodeError('ascii', obj, 0, 1, 'ordinal not in range')
    print(repr(e.object), type(e.args[1]).__name__, str(e))
try:
    UnicodeDecodeError('ascii', 'text', 0, 1, 'x')
except TypeError as x:
    print(x)
