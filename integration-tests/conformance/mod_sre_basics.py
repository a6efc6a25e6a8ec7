# _sre without the re package: constants, the case helpers, compile's checks, the types.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(repr(_sre.copyright))
print(sorted(n for n in dir(_sre) if not n.startswith('__')))

# the case helpers over every BMP code point, summarised
print(sum(_sre.ascii_tolower(c) for c in range(0x10000)))
print(sum(_sre.unicode_tolower(c) for c in range(0x10000)))
print(sum(1 for c in range(0x10000) if _sre.unicode_iscased(c)))
print(sum(1 for c in range(0x10000) if _sre.ascii_iscased(c)))
print([hex(_sre.unicode_tolower(c)) for c in (0x41, 0xc0, 0x130, 0x3a3, 0x1e9e, 0x212a, 0x10400, 0x1e900)])
print([_sre.unicode_iscased(c) for c in (0xdf, 0x149, 0x1f0, 0x2c2f, 0x10570, 0x31, 0xaa)])
print(_sre.ascii_tolower(0xc0), _sre.ascii_iscased(ord('Z')), _sre.unicode_tolower(0x110000))

for call in [lambda: _sre.ascii_tolower('a'),
             lambda: _sre.unicode_iscased(1.5),
             lambda: _sre.ascii_tolower(),
             lambda: _sre.unicode_tolower(1, 2),
             lambda: _sre.getcodesize(1),
             lambda: _sre.compile('a', 0, (16, 97, 1), 0, {}, ()),
             lambda: _sre.compile('a', 0, [16, 97, 1], 0, [], ()),
             lambda: _sre.compile('a', 0, [16, 97, 1], 0, {}, []),
             lambda: _sre.compile('a', 0, [-1], 0, {}, ()),
             lambda: _sre.compile('a', 0, [2 ** 32], 0, {}, ()),
             lambda: _sre.compile('a', 0, [99], 0, {}, ()),
             lambda: _sre.compile('a', 0, [16], 0, {}, ()),
             lambda: _sre.compile('a', 0, [17, 0, 16, 97, 17, 1, 1], 0, {}, ()),
             lambda: _sre.compile('a', 0, [24, 3, 0, 1, 1], 0, {}, ()),
             lambda: _sre.compile('a', 0, [16, 97, 1], 0, {}),
             ]:
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__, e)

p = _sre.compile('a+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
m = p.match('aab')
s = p.scanner('ab')
print(type(p), type(m), type(s))
print(type(p).__name__, type(p).__module__, type(m).__qualname__, type(s).__module__)
for t in (type(p), type(m), type(s)):
    try:
        t()
    except TypeError as e:
        print(e)
print(type(p)[str], type(m)[bytes])
print(p == _sre.compile('a+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,)))
print(p == _sre.compile('a+', 0, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,)))
print(p != 1, p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__(None) is m)
print(hash(p) == hash(_sre.compile('a+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))))
print(s.pattern is p, bool(m))
try:
    p < p
except TypeError as e:
    print('TypeError')
