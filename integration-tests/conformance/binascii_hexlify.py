# binascii.hexlify/b2a_hex with separators, unhexlify/a2b_hex, and their errors
import binascii

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(binascii.hexlify, b'\x00\x01\xfe\xff')
show(binascii.b2a_hex, bytearray(b'abc'))
show(binascii.hexlify, memoryview(b'xyz'))
for n in (1, 2, 3, -1, -2, -3, 0, 10):
    show(binascii.hexlify, b'abcdefg', b':', n)
    show(binascii.hexlify, b'abcdefg', '-', bytes_per_sep=n)
show(binascii.hexlify, b'', ':', 2)
show(binascii.hexlify, b'ab', 'xy')
show(binascii.hexlify, b'ab', '\u20ac')
show(binascii.hexlify, b'ab', 3)
show(binascii.hexlify, 'ab')
show(binascii.unhexlify, '6162')
show(binascii.unhexlify, b'ABcd')
show(binascii.a2b_hex, bytearray(b'00ff'))
show(binascii.unhexlify, 'abc')
show(binascii.unhexlify, 'zz')
show(binascii.unhexlify, '\xe9\xe9')
show(binascii.unhexlify, 3)
show(binascii.unhexlify)
