# The Unicode classes and case folding of str patterns, over the whole BMP, through _sre.compile with
# the code CPython 3.11's re._compiler makes for \w, \d, \s, a case-insensitive BIGCHARSET and \b.
import _sre

W = _sre.compile('\\w', 32, [14, 7, 4, 1, 1, 8, 14, 0, 13, 4, 8, 14, 0, 1], 0, {}, (None,))
D = _sre.compile('\\d', 32, [14, 7, 4, 1, 1, 8, 10, 0, 13, 4, 8, 10, 0, 1], 0, {}, (None,))
S = _sre.compile('\\s', 32, [14, 7, 4, 1, 1, 8, 12, 0, 13, 4, 8, 12, 0, 1], 0, {}, (None,))
BIG = _sre.compile('(?i)[a-z\\u0100-\\u017f]', 34, [14, 4, 0, 1, 1, 39, 92, 10, 3, 33685760] + [33686018] * 63 + [0, 0, 0, 134217726, 0, 0, 0, 2147483648, 2863311530, 1437248170, 2863311701, 3567954602, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0, {}, (None,))
E_ACUTE = _sre.compile('(?i)\\u00e9', 34, [14, 4, 0, 1, 1, 40, 233, 1], 0, {}, (None,))
B = _sre.compile('\\b', 32, [14, 4, 0, 0, 0, 6, 10, 1], 0, {}, (None,))

bmp = ''.join(chr(c) for c in range(0xd800)) + ''.join(chr(c) for c in range(0xe000, 0x10000))
for name, p in (('w', W), ('d', D), ('s', S), ('big', BIG), ('e_acute', E_ACUTE)):
    found = p.findall(bmp)
    print(name, len(found), sum(map(ord, found)) % 1000003)
print(len(B.findall(bmp)), [m.span() for m in B.finditer('h\u00e9llo w\u00f6rld \u0663\u0664 \u00b2x')])
astral = ''.join(chr(c) for c in range(0x10000, 0x20000))
print(len(W.findall(astral)), len(D.findall(astral)), len(BIG.findall(astral)))
