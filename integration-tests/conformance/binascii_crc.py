# binascii.crc32 (with a starting value, taken modulo 2**32) and crc_hqx
import binascii

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

data = b'The quick brown fox jumps over the lazy dog'
show(binascii.crc32, data)
show(binascii.crc32, b'')
show(binascii.crc32, data[20:], binascii.crc32(data[:20]))
show(binascii.crc32, data, -1)
show(binascii.crc32, data, 2**40 + 7)
show(binascii.crc32, bytearray(data), 12345)
show(binascii.crc32, 'abc')
show(binascii.crc32, b'abc', 'x')
show(binascii.crc32, b'abc', 1, 2)
show(binascii.crc_hqx, data, 0)
show(binascii.crc_hqx, data, 0xffff)
show(binascii.crc_hqx, data, 2**40 + 5)
show(binascii.crc_hqx, b'', 77)
show(binascii.crc_hqx, data)
