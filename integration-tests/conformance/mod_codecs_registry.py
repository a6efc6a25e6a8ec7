# _codecs: the codec registry (register, lookup, encode, decode) and the error handler registry
import _codecs as c

print(c.lookup('UTF-8')[0]('é'), c.lookup('latin-1')[1](b'\xe9'), len(c.lookup('ascii')))
print(c.encode('é'), c.encode('é', 'latin-1'), c.decode(b'\xe9', 'latin-1'), c.decode(b'\xc3\xa9'))
print(c.encode('a\xe9', 'ascii', 'replace'), c.decode(b'a\xff', 'utf-8', 'replace'))

seen = []

def search(name):
    seen.append(name)
    if name == 'my_codec':
        def enc(s, errors='strict'):
            if not isinstance(s, str):
                raise TypeError('need text')
            return (s.upper().encode('ascii'), len(s))

        def dec(b, errors='strict'):
            return (bytes(b).decode('ascii').lower(), len(b))
        return (enc, dec, None, None)
    if name == 'bad':
        return 42
    return None

c.register(search)
info = c.lookup('My-Codec')
print(info[0]('abc'), info[1](b'XYZ'), c.lookup('my codec') is info, c.lookup('MY_CODEC') is info)
print(c.encode('hello', 'my-codec'), c.decode(b'HELLO', 'my_codec'))
for name in ['Foo Bar-Baz', 'a.b', ' x ', 'bad']:
    try:
        c.lookup(name)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(seen)
try:
    c.encode(1, 'my-codec')
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(hasattr(c, '_forget_codec'), seen[-1])
c.unregister(search)
try:
    c.lookup('other_codec')
except LookupError as e:
    print(e)

for f in [lambda: c.lookup(1), lambda: c.register(1), lambda: c.lookup_error('x'), lambda: c.lookup(),
          lambda: c.encode('a', 'nope'), lambda: c.register_error('x', 1), lambda: c.encode('é', 'ascii'),
          lambda: c.decode(b'\xff', 'ascii')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(c.lookup_error('replace')(UnicodeEncodeError('ascii', 'aéb', 1, 2, 'x')),
      c.lookup_error('backslashreplace')(UnicodeDecodeError('ascii', b'a\xe9b', 1, 2, 'x')),
      c.lookup_error('namereplace')(UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'x')),
      c.lookup_error('xmlcharrefreplace')(UnicodeEncodeError('ascii', 'a\u20acb', 1, 2, 'x')),
      c.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\xe9b', 1, 2, 'x')),
      c.lookup_error('ignore')(UnicodeDecodeError('utf-8', b'a\xe9b', 1, 2, 'x')),
      c.lookup_error('replace')(UnicodeDecodeError('utf-8', b'a\xe9\xe9b', 1, 3, 'x')),
      c.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
try:
    c.lookup_error('strict')(ValueError('boom'))
except ValueError as e:
    print('strict raised', e)
try:
    c.lookup_error('xmlcharrefreplace')(UnicodeDecodeError('utf-8', b'a', 0, 1, 'x'))
except TypeError as e:
    print(e)

def stars(exc):
    return ('*' * (exc.end - exc.start), exc.end)

c.register_error('stars', stars)
print(c.lookup_error('stars') is stars, 'aé€b'.encode('ascii', 'stars'), b'a\xff\xfeb'.decode('ascii', 'stars'),
      b'a\xffb'.decode('utf-8', 'stars'), 'x\u20acy'.encode('latin-1', 'stars'))

def skip(exc):
    return ('', -1)

c.register_error('skiplast', skip)
print('ab€cd'.encode('ascii', 'skiplast'))
