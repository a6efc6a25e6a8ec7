# str.encode / bytes.decode with an encoding only a registered search function knows
import _codecs


def search(name):
    if name == 'upper_codec':
        return (lambda s, errors='strict': (s.upper().encode('ascii', errors), len(s)),
                lambda b, errors='strict': (bytes(b).decode('ascii', errors).lower(), len(b)), None, None)
    if name == 'wrong_types':
        return (lambda s, errors='strict': (s, len(s)), lambda b, errors='strict': (bytes(b), len(b)), None, None)
    if name == 'failing':
        def enc(s, errors='strict'):
            raise ValueError('no thanks')
        return (enc, enc, None, None)
    return None


_codecs.register(search)
print('hello'.encode('upper_codec'), 'hello'.encode('Upper-Codec'), b'HELLO'.decode('upper codec'))
print(str(b'ABC', 'upper_codec'), bytes('abc', 'upper_codec'), 'aé'.encode('upper_codec', 'replace'))
print(bytearray(b'XY').decode('upper_codec'))
for f in [lambda: 'x'.encode('wrong_types'), lambda: b'x'.decode('wrong_types'), lambda: 'x'.encode('failing'),
          lambda: b'x'.decode('failing'), lambda: 'x'.encode('no_such_codec'), lambda: b'x'.decode('no_such_codec'),
          lambda: 'é'.encode('upper_codec')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print('fast paths:', 'é'.encode('utf-8'), 'é'.encode('latin-1'), b'\xc3\xa9'.decode(), 'a'.encode('utf-16'))
