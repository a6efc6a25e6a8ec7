# _codecs: the codec functions the encodings package is built from, with (result, consumed) pairs
import _codecs as c

print(c.utf_8_encode('aé€😀'), c.utf_8_decode(b'a\xc3\xa9'), c.utf_8_decode(b'a\xe2\x82', 'strict', False))
print(c.utf_8_decode(b'a\xe2\x82', 'replace', True), c.utf_8_decode(b'\xf0\x9f', None, False),
      c.utf_8_decode(b'\xe0\x41', 'replace', False), c.utf_8_decode(b'', None, 1))
print(c.latin_1_encode('é'), c.latin_1_decode(b'\xe9'), c.ascii_encode('ab'), c.ascii_decode(b'ab'),
      c.ascii_encode('aé', 'replace'), c.ascii_decode(b'a\xff', 'ignore'))
print(c.readbuffer_encode('é'), c.readbuffer_encode(b'x'), c.readbuffer_encode(bytearray(b'yz')))
print(c.utf_16_decode(b'\xff\xfea\x00b', 'strict', False), c.utf_16_ex_decode(b'\xfe\xff\x00a'),
      c.utf_16_ex_decode(b'a\x00'), c.utf_16_ex_decode(b'\xff', 'strict', 0, False))
print(c.utf_16_encode('a'), c.utf_16_encode('a', 'strict', 1), c.utf_16_encode('a', 'strict', -1),
      c.utf_16_le_encode('a😀'), c.utf_16_be_encode('a'))
print(c.utf_16_le_decode(b'a\x00=\xd8', 'strict', False), c.utf_16_be_decode(b'\x00a\x00', 'strict', False),
      c.utf_16_le_decode(b'a\x00=\xd8\x00\xde'))
print(c.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'), c.utf_32_encode('a'), c.utf_32_le_encode('a'),
      c.utf_32_be_encode('a'), c.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b\x00', None, False),
      c.utf_32_le_decode(b'a\x00\x00\x00'), c.utf_32_be_decode(b'\x00\x00\x00a'))
print(c.charmap_decode(b'\x00\x01\x02', 'replace', 'ab'), c.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 66}),
      c.charmap_decode(b'\x00', 'strict', {0: 'ab'}), c.charmap_decode(b'\xe9'))
print(c.charmap_encode('ab', 'strict', {97: 1, 98: b'zz'}), c.charmap_encode('abcab', 'replace', {97: 1, 63: 2}),
      c.charmap_encode('xyz', 'xmlcharrefreplace', {ord(x): ord(x) for x in '&#0123456789;'}),
      c.charmap_encode('é'))
table = c.charmap_build('ab\ufffec')
print(sorted(table.items()), c.charmap_encode('cab', 'strict', table))
print(c.escape_encode(b"a'\"\\\t\x00\xff"), c.escape_decode(b'a\\n\\x41\\101\\"\\\nz'), c.escape_decode('é\\t'))
print(c.unicode_escape_encode('a\\\'"\t\x00\xe9\u20ac\U0001f600'),
      c.raw_unicode_escape_encode('a\\\xe9\u20ac\U0001f600'))
print(c.unicode_escape_decode(b'\\u20ac\\N{EM DASH}\\x41\\\n\\t\xe9\\101'),
      c.raw_unicode_escape_decode(b'\\u20ac\\x41\\\\u20ac'))
print(c.unicode_escape_decode(b'ab\\x4', 'strict', False), c.unicode_escape_decode(b'ab\\', 'strict', False),
      c.raw_unicode_escape_decode(b'a\\u20', 'strict', False), c.unicode_escape_decode(b'\\x4', 'replace'))

for f in [lambda: c.escape_decode(b'\\x4'), lambda: c.escape_decode(b'ab\\'), lambda: c.unicode_escape_decode(b'\\x4'),
          lambda: c.unicode_escape_decode(b'\\u12'), lambda: c.unicode_escape_decode(b'\\N{nope}'),
          lambda: c.unicode_escape_decode(b'x\\'), lambda: c.utf_8_decode('s'),
          lambda: c.charmap_decode(b'\x01', 'strict', 'a'), lambda: c.charmap_encode('b', 'strict', {97: 1}),
          lambda: c.charmap_encode('xyz', 'strict', {120: 1}), lambda: c.utf_8_encode(b'x'),
          lambda: c.utf_8_encode(), lambda: c.utf_8_encode('a', 'b', 'c'), lambda: c.utf_8_encode('a', 1),
          lambda: c.utf_8_encode(s='a'), lambda: c.utf_8_decode(b'\xff'), lambda: c.ascii_encode('\xe9'),
          lambda: c.utf_16_le_decode(b'a'), lambda: c.charmap_encode('a', 'strict', {97: 300})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
