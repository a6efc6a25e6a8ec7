# binascii.b2a_uu/a2b_uu: line lengths, backtick, lenient decoding and its errors
import binascii

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for d in (b'', b'a', b'ab', b'abc', b'hello world', bytes(range(45))):
    show(binascii.b2a_uu, d)
    show(binascii.b2a_uu, d, backtick=True)
    print(binascii.a2b_uu(binascii.b2a_uu(d)) == d)
show(binascii.b2a_uu, b'x' * 46)
for s in (b'', b' ', b'!', b'#86)C\n', b'!!!!!', b'%"`x', b'$____  x', b'`\n', '#86)C', b'#86)C  ``\r\n', b'\x7f'):
    show(binascii.a2b_uu, s)
