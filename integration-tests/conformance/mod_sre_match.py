# _sre.compile with code that re._compiler produces for a few patterns (copied from CPython 3.11),
# and the Pattern, Match and SRE_Scanner operations that need no help from the re package.
import _sre

A_PLUS = _sre.compile('a+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
EMAIL = _sre.compile('(\\w+)@(\\w+)\\.com', 32, [14, 4, 0, 7, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 64, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 16, 46, 16, 99, 16, 111, 16, 109, 1], 2, {}, (None, None, None))
KV = _sre.compile('(?P<key>\\w+)=(?P<val>[^;]*)', 32, [14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 61, 17, 2, 24, 6, 0, 4294967295, 20, 59, 1, 17, 3, 1], 2, {'key': 1, 'val': 2}, (None, 'key', 'val'))
HELLO_I = _sre.compile('(?i)hello', 34, [14, 4, 0, 5, 5, 40, 104, 40, 101, 40, 108, 40, 108, 40, 111, 1], 0, {}, (None,))
DIGITS_B = _sre.compile(b'\\d+', 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 0, 0, 1, 1], 0, {}, (None,))
X_STAR = _sre.compile('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
A_OR_B = _sre.compile('(a)|(b)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 97, 17, 1, 15, 11, 9, 17, 2, 16, 98, 17, 3, 15, 2, 0, 1], 2, {}, (None, None, None))
LOOK = _sre.compile('(?<=-)\\d+(?!\\d)', 32, [14, 4, 0, 1, 4294967295, 4, 5, 1, 16, 45, 1, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 5, 8, 0, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,))
COMMENT_M = _sre.compile('(?m)^#.*$', 40, [14, 4, 0, 1, 4294967295, 6, 1, 16, 35, 24, 5, 0, 4294967295, 2, 1, 6, 6, 1], 0, {}, (None,))
AB_LAZY = _sre.compile('(?:ab)+?c', 32, [14, 4, 0, 3, 4294967295, 23, 7, 1, 4294967295, 16, 97, 16, 98, 19, 16, 99, 1], 0, {}, (None,))
COMMA = _sre.compile('\\s*,\\s*', 32, [14, 4, 0, 1, 4294967295, 24, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 16, 44, 24, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))

for p in (A_PLUS, EMAIL, KV, HELLO_I, DIGITS_B, X_STAR, A_OR_B, LOOK, COMMENT_M, AB_LAZY, COMMA):
    print(repr(p), p.groups, p.flags, p.groupindex, p.pattern)

print(A_PLUS.match('aaab'), A_PLUS.match('baa'), A_PLUS.search('baa'), A_PLUS.fullmatch('aa'), A_PLUS.fullmatch('aab'))
print(A_PLUS.search('xaaay', 2), A_PLUS.search('xaaay', 2, 3), A_PLUS.match(string='aa', pos=1), A_PLUS.search('aaa', -5, 99))
m = EMAIL.search('mail joe@example.com now')
print(m, m.group(), m.group(1), m.group(2, 1), m.groups(), m.span(2), m.start(1), m.end(), m.regs)
print(m.lastindex, m.lastgroup, m.string, m.re is EMAIL, m.pos, m.endpos, m[0], m[2])
m = KV.match('color=red;')
print(m.groupdict(), m['key'], m.group('val'), m.span('val'), m.lastgroup, m.lastindex)
m = A_OR_B.match('b')
print(m.groups(), m.groups('-'), m.regs, m.lastindex, m.start(1), m.span(1), m.group(1))
print(HELLO_I.findall('Hello HELLO hElLo help'), HELLO_I.search('say HeLLo').span())
print(DIGITS_B.findall(b'a1 22 333'), DIGITS_B.search(bytearray(b'x42')), DIGITS_B.split(b'a1b22c'))
print(DIGITS_B.sub(b'#', b'a1b22c'), DIGITS_B.subn(b'', memoryview(b'7x7')), DIGITS_B.match(b'12').group())
print(X_STAR.findall('axxbx'), X_STAR.split('axxbc'), X_STAR.sub('-', 'abxd'), X_STAR.subn('-', ''))
print([m.span() for m in X_STAR.finditer('xaxx')], [m.group() for m in A_PLUS.finditer('a baa aaa', 2)])
print(A_OR_B.findall('abcab'), A_OR_B.split('xaybz'), A_OR_B.split('xaybz', 1), A_OR_B.split('xaybz', maxsplit=-1))
print(LOOK.findall('a-12 -345 6-7'), LOOK.search('-12x').span(), LOOK.search('12'))
print(COMMENT_M.findall('# one\ncode\n# two\n'), AB_LAZY.match('ababc').span(), AB_LAZY.match('ababab'))
print(COMMA.split('a , b,c ,d'), COMMA.sub(', ', 'a,b  ,c'), COMMA.sub(', ', 'a,b,c', 1), COMMA.subn(', ', 'a,b,c', count=5))
print(A_PLUS.sub(lambda m: str(len(m.group())), 'a aa aaa b'), A_PLUS.sub(lambda m: None, 'bab'))
print(A_PLUS.subn(lambda m: m.group().upper(), 'banana', 2))

s = EMAIL.scanner('a@b.com c@d.com x')
print(s.search(), s.search(), s.search(), s.search())
s = A_PLUS.scanner('aabaa')
print(s.match(), s.match(), s.match())
s = X_STAR.scanner('xa')
print(s.search(), s.search(), s.search(), s.search())

long_subject = 'a' * 200000 + 'b'
print(A_PLUS.match(long_subject).end(), AB_LAZY.match('ab' * 50000 + 'c').end(), len(X_STAR.findall('x' * 100000)))

def errors(*calls):
    for call in calls:
        try:
            print('ok', call())
        except Exception as e:
            print(type(e).__name__, e)

errors(lambda: A_PLUS.match(1),
       lambda: A_PLUS.match(b'a'),
       lambda: DIGITS_B.match('1'),
       lambda: A_PLUS.match(),
       lambda: A_PLUS.match('a', 0, 1, 2),
       lambda: A_PLUS.match('a', x=1),
       lambda: A_PLUS.match('a', pos='1'),
       lambda: A_PLUS.search('a', 2 ** 70),
       lambda: A_PLUS.match('a').group(1),
       lambda: A_PLUS.match('a').group('x'),
       lambda: KV.match('a=b').group('nope'),
       lambda: KV.match('a=b').group([1]),
       lambda: A_PLUS.match('a').start(0, 1),
       lambda: A_PLUS.match('a').groups(1, 2),
       lambda: A_PLUS.match('a').groupdict(x=1),
       lambda: A_PLUS.sub('b', 1),
       lambda: A_PLUS.sub(lambda m: 1, 'a'),
       lambda: DIGITS_B.sub(lambda m: 'x', b'1'),
       lambda: A_PLUS.findall(),
       lambda: A_PLUS.split('a', maxsplit=1, x=2),
       lambda: type(A_PLUS).match(1, 'a'),
       lambda: A_PLUS.__copy__(1),
       lambda: A_PLUS.__deepcopy__())

m = A_PLUS.match('a')
sc = A_PLUS.scanner('aa')
errors(lambda: m.group(x=1),
       lambda: m.span(x=1),
       lambda: m.start(group=0),
       lambda: m.end(0, 1),
       lambda: m[0:1],
       lambda: KV.match('a=b')[0:1],
       lambda: sc.search(1),
       lambda: sc.match(1),
       lambda: sc.search(x=1),
       lambda: A_PLUS.search('a', endpos=2 ** 70),
       lambda: A_PLUS.split('a', '1'),
       lambda: A_PLUS.findall('a', 0, None),
       lambda: A_PLUS.subn('b', 'aa', '1'))
