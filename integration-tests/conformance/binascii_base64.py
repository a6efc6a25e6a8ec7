# binascii.b2a_base64/a2b_base64: newline, padding rules, strict mode's errors
import binascii

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for d in (b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))):
    show(binascii.b2a_base64, d)
    show(binascii.b2a_base64, d, newline=False)
for s in (b'YWJj', 'YWJj', b'YW=Jj', b'YWJ', b'Y', b'YWJjZ', b'=YWJj', b'YWJjZA==', b'YWJjZA=', b'YWJjZA=x',
          b'YWJjZA==x', b'YW Jj!!\n', b'YWJjZA===', b'YWJjZ===', b'', b'====', b'ab\x80cd'):
    for strict in (False, True):
        show(binascii.a2b_base64, s, strict_mode=strict)
show(binascii.a2b_base64, 'YW\xe9')
show(binascii.a2b_base64, 42)
show(binascii.b2a_base64, 'abc')
