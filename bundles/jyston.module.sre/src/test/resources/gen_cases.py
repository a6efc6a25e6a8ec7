"""Generates sre_cases.txt: differential cases for the Java _sre, answered by CPython 3.11.

Run from this directory under CPython 3.11: python3 gen_cases.py
Each line (tab-separated): id, flags, groups, pattern, code, groupindex, indexgroup, subject, op, args, expected.
Values are encoded by enc() below (the Java test encodes its own results the same way and compares):
  N None, i<int>, s<hex code points joined by '.'>, b<hex bytes joined by '.'>, (a,b,...) tuple, [a,b,...] list,
  a subject r<count>:<enc> is the string repeated count times.
"""
import contextlib
import io
import re
import sys
from re import _compiler
import _sre

assert sys.version_info[:2] == (3, 11)


class Capture:
    """Stands in for _sre inside re._compiler to see the arguments of _sre.compile."""
    def __getattr__(self, name):
        return getattr(_sre, name)

    def compile(self, *args):
        self.last = args
        return _sre.compile(*args)


cap = Capture()
_compiler._sre = cap


def enc(v):
    if v is None:
        return 'N'
    if isinstance(v, bool):
        raise TypeError(v)
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, str):
        return 's' + '.'.join('%x' % ord(c) for c in v)
    if isinstance(v, (bytes, bytearray)):
        return 'b' + '.'.join('%x' % c for c in v)
    if isinstance(v, tuple):
        return '(' + ','.join(enc(x) for x in v) + ')'
    if isinstance(v, list):
        return '[' + ','.join(enc(x) for x in v) + ']'
    raise TypeError(type(v))


def fn_repl(m):
    g = m.group(0)
    return (b'<' + g + b'>') if isinstance(g, bytes) else '<' + g + '>'


def run(p, op, subject, args):
    if op in ('match', 'search', 'fullmatch'):
        m = getattr(p, op)(subject, *args)
        if m is None:
            return None
        texts = (m.group(0), m.groups()) if len(subject) < 1000 else None  # long subjects: spans only
        return (m.regs, m.lastindex, m.lastgroup, texts, m.span(), m.pos, m.endpos)
    if op == 'findall':
        return p.findall(subject, *args)
    if op == 'finditer':
        return [m.span() for m in p.finditer(subject, *args)]
    if op == 'split':
        return p.split(subject, *args)
    if op == 'sub_lit':
        return p.subn(args[0], subject, args[1])
    if op == 'sub_fn':
        return p.subn(fn_repl, subject, *args)
    if op == 'scan_match':
        sc = p.scanner(subject, *args)
        out = []
        while True:
            m = sc.match()
            if m is None:
                break
            out.append(m.span())
        return out
    raise ValueError(op)


S_ALL = ('search', 'match', 'fullmatch', 'findall', 'finditer', 'split', 'sub_fn')

# (pattern, flags, subjects, extra ops)
CASES = [
    # literals, any, prefixes (INFO prefix / literal / charset)
    ('abc', 0, ['abc', 'xabcabc', 'ab', ''], ()),
    ('hello world', 0, ['say hello world!', 'hello worl'], ()),
    ('a.c', 0, ['abc', 'a\nc', 'axcayc'], ()),
    ('a.c', re.S, ['abc', 'a\nc'], ()),
    ('[^a]', 0, ['abc', 'aaa', ''], ()),
    ('[abc]xyz', 0, ['zzbxyzaxyz', 'xyz'], ()),
    ('(?:foo|bar)baz', 0, ['foobaz barbaz bazbaz'], ()),
    # sets: RANGE, CHARSET, BIGCHARSET, NEGATE, CATEGORY
    ('[a-z]+', 0, ['Hello World', '123'], ()),
    ('[a-fA-F0-9_]+', 0, ['0xDEAD_beefZZ', 'zz'], ()),
    (r'[^\d\s]+', 0, ['ab 12 cd\t9e', '  '], ()),
    ('[\u0400-\u04ff\u4e00-\u4e80xyz]+', 0, ['ab\u0416\u4e01xq\u4e81', 'x'], ()),
    (r'[\w.-]+@[\w.-]+', 0, ['mail a.b-c@d.e now', 'none'], ()),
    ('[^\u0100-\u0200]+', 0, ['ab\u0150cd'], ()),
    # ignore case: LITERAL_IGNORE, LITERAL_UNI_IGNORE, IN_IGNORE, IN_UNI_IGNORE, RANGE_UNI_IGNORE, NOT_LITERAL_*
    ('(?i)hello', 0, ['HeLLo there', 'HELL'], ()),
    ('(?ai)hello', 0, ['HeLLo there'], ()),
    (b'(?i)hello', 0, [b'HeLLo there', b'nope'], ()),
    ('(?i)[a-z]+', 0, ['ABCdef123', '\u212a'], ()),
    ('(?ai)[a-z]+', 0, ['ABCdef123\u212a'], ()),
    ('(?i)k', 0, ['K k \u212a'], ()),
    ('(?i)[^k]', 0, ['Kk\u212ax'], ()),
    ('(?i)[^x]+', 0, ['aXbxc'], ()),
    ('(?i)[\U00010400-\U0001044f]+', 0, ['\U00010428\U00010400a'], ()),
    ('(?i)\u00df', 0, ['\u1e9e\u00dfss'], ()),
    ('(?i)\u03c3+', 0, ['\u03a3\u03c3\u03c2x'], ()),
    ('(?i)[\u03c3]', 0, ['\u03a3\u03c2'], ()),
    (b'(?i)[^b]', 0, [b'Bbc'], ()),
    (b'(?i)[a-c]+', 0, [b'xABCabcd'], ()),
    # locale (bytes)
    (b'(?Li)abc', 0, [b'xABCabc'], ()),
    (b'(?L)\\w+', 0, [b'ab_1 \xe9x'], ()),
    (b'(?Li)[a-c]+', 0, [b'xABCabcd'], ()),
    (b'(?Li)[^a]', 0, [b'Aab'], ()),
    (b'(?L)\\bfoo\\b', 0, [b'foo food foo'], ()),
    (b'(?Li)(a)\\1', 0, [b'aA Aa'], ()),
    # anchors and boundaries
    ('^a', 0, ['a\na', 'ba'], ()),
    ('(?m)^a$', 0, ['a\na\nb', 'ba\na'], ()),
    ('a$', 0, ['a\n', 'a\na', 'aa'], ()),
    ('(?m)a$', 0, ['a\na\n'], ()),
    (r'\Afoo\Z', 0, ['foo', 'foo\n'], ()),
    (r'\bfoo\b', 0, ['foo food afoo foo.', ''], ()),
    (r'\Bo\B', 0, ['foo boo o'], ()),
    (r'(?a)\bx\b', 0, ['\u00e9x x'], ()),
    (r'\bx\b', 0, ['\u00e9x x'], ()),
    (b'\\bx\\b', 0, [b'\xe9x x'], ()),
    (r'\b', 0, ['ab cd', ''], ()),
    # categories
    (r'\d+', 0, ['ab12\u0663\u0664x', 'x'], ()),
    (r'\D+', 0, ['ab12cd'], ()),
    (r'\s+', 0, ['a \t\n\x0b\x0c\r\x1c\x85\u2000b'], ()),
    (r'\S+', 0, ['ab cd'], ()),
    (r'\w+', 0, ['h\u00e9llo w\u00f6rld_1 \u00b2\u2167'], ()),
    (r'\W+', 0, ['a, b!c'], ()),
    (r'(?a)\w+', 0, ['h\u00e9llo'], ()),
    (r'(?a)[\d\s]+', 0, ['1 \u0663 2'], ()),
    (b'\\w+', 0, [b'h\xe9llo_1'], ()),
    (b'\\d\\s\\D\\S\\W', 0, [b'1 a!!', b'1 ab!'], ()),
    ('[\\s\\S]', 0, ['\n'], ()),
    # branches, groups
    ('cat|dog|bird', 0, ['a dog and a bird', 'cow'], ()),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd', 'acd'], ()),
    ('(a)(b)?(c)', 0, ['ac', 'abc', 'xx'], ()),
    (r'(?P<first>\w+) (?P<last>\w+)', 0, ['Jane Doe', 'single'], ()),
    ('(?P<a>x)|(?P<b>y)', 0, ['y', 'x'], ()),
    ('((a)|b)+', 0, ['ab', 'ba'], ()),
    ('(?:(a)|b)*', 0, ['ab', 'ba'], ()),
    ('(a)|\\1x', 0, ['x'], ()),
    ('|a', 0, ['a'], ()),
    ('a|', 0, ['ba'], ()),
    # general repeats: REPEAT, MAX_UNTIL, MIN_UNTIL
    ('(ab)*', 0, ['ababx', 'x'], ()),
    ('(a|b)*c', 0, ['abac', 'abab'], ()),
    ('(?:ab){2,3}', 0, ['ababababab', 'ab'], ()),
    ('(a*)*b', 0, ['aab', 'aac'], ()),
    ('(a*)+', 0, ['aa', 'b'], ()),
    ('(a*)+?b', 0, ['aab'], ()),
    ('(?:x|y)*?z', 0, ['xyxz', 'xy'], ()),
    ('(ab)*?c', 0, ['ababc'], ()),
    ('(?:a|b){2,}?', 0, ['abab'], ()),
    ('(?:a|b){2,}?c', 0, ['ababc'], ()),
    ('(a|bc){1,2}?d', 0, ['abcd', 'bcad'], ()),
    ('(?:(a)|(b))+', 0, ['ab', 'ba'], ()),
    ('(?:()|a)*', 0, ['aa'], ()),
    ('(?:a?)*?b', 0, ['aab'], ()),
    ('(x?)*y', 0, ['xxy'], ()),
    # single-character repeats: REPEAT_ONE, MIN_REPEAT_ONE
    ('a*', 0, ['aaab', 'b', ''], ()),
    ('a+?b', 0, ['aaab', 'b'], ()),
    ('.*foo', 0, ['xfooyfooz', 'fo'], ()),
    (r'\d{2,4}', 0, ['1 12 12345'], ()),
    ('x*?', 0, ['xx'], ()),
    ('x*?y', 0, ['xxy'], ()),
    ('a{3}', 0, ['aa aaaa'], ()),
    ('[ab]*?b', 0, ['aabab'], ()),
    ('.*?x', 0, ['abxcx'], ()),
    ('(.*)(\\d+)', 0, ['abc123'], ()),
    ('(.*?)(\\d+)', 0, ['abc123'], ()),
    # possessive and atomic
    ('a*+b', 0, ['aaab', 'aaa'], ()),
    ('a*+a', 0, ['aaa'], ()),
    ('a++', 0, ['baac'], ()),
    ('(?:ab)*+a', 0, ['ababa', 'abab'], ()),
    ('(?:a|ab)++c', 0, ['aabc', 'abc', 'ac'], ()),
    ('a{2,3}+', 0, ['aaaa'], ()),
    ('(?:ab){1,2}+', 0, ['ababab'], ()),
    ('(?:x?)*+y', 0, ['xxy'], ()),
    ('(?>a|ab)c', 0, ['abc', 'ac'], ()),
    ('(?>a+)b', 0, ['aab'], ()),
    ('(?>(a+))\\1', 0, ['aaaa'], ()),
    # back references
    ('(a+)\\1', 0, ['aaaa', 'aaa'], ()),
    ('(?i)(a+)\\1', 0, ['aAAa'], ()),
    ('(?ai)(a)\\1', 0, ['aA'], ()),
    (b'(?i)(a)\\1', 0, [b'aA'], ()),
    ('(?i)(\u03c3)\\1', 0, ['\u03a3\u03c2'], ()),
    (r'(\w)(\w)?\2', 0, ['aa abb'], ()),
    # marks written on a failed path survive below lastmark where CPython does not save them
    ('(((?=x)|(\\B)*)|((?:\\s)??|([\u00e0-\u00ff])?(?(1)\\W|$)))', re.I, ['\u00c9', 'aAb B\u00e9\u00c9'], ()),
    ('(?:(?:$)??(\\W|\\w))*+', re.I | re.M, ['ab\ncd\n'], ()),
    ('(?:(a)|b)(?(1)c|d)', 0, ['bd', 'ac'], ()),
    # conditional
    (r'(<)?\w+(?(1)>)', 0, ['<a> b <c', 'x'], ()),
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'b'], ()),
    ('(?P<q>")?x(?(q)")', 0, ['"x" x"'], ()),
    # lookaround
    ('foo(?=bar)', 0, ['foobar foobaz'], ()),
    ('foo(?!bar)', 0, ['foobar foobaz'], ()),
    ('(?<=a)b', 0, ['ab cb'], ()),
    ('(?<!a)b', 0, ['ab cb'], ()),
    ('(?<=(a))b', 0, ['ab'], ()),
    ('(?=(a+))a', 0, ['aaa'], ()),
    ('(?!(a)b)\\w', 0, ['abac'], ()),
    ('(?<=\\bfo)o', 0, ['foo'], ()),
    ('(?<=ab|cd)x', 0, ['abx cdx'], ()),
    # empty matches
    ('', 0, ['abc', ''], ()),
    ('x*', 0, ['axbc', ''], ()),
    ('(?=a)', 0, ['aba'], ()),
    ('\\b|:+', 0, ['a::bc'], ()),
    ('(|a)', 0, ['aa'], ()),
    ('(?m)^', 0, ['a\nb\n'], ()),
    ('(?m)$', 0, ['a\nb\n'], ()),
    # astral characters
    ('.', 0, ['\U0001f600a'], ()),
    (r'\w+', 0, ['\U0001f600abc\U0001d400'], ()),
    ('[\U0001f600-\U0001f602]+', 0, ['x\U0001f601\U0001f600y'], ()),
    ('\U0001f600(.)', 0, ['\U0001f600\U0001f601'], ()),
    # bytes
    (b'a.c', 0, [b'abc', bytearray(b'a-c')], ()),
    (b'(\\d+)-(\\d+)', 0, [b'10-20 30-40'], ()),
    (b'[\\x80-\\xff]+', 0, [b'ab\x80\xffc'], ()),
    # pos / endpos
    ('a', 0, ['aaa'], (('search', (1,)), ('search', (1, 2)), ('match', (2,)), ('match', (1, 1)),
                       ('search', (-5, 100)), ('findall', (1, 2)), ('fullmatch', (1, 2)), ('match', (2, 1)),
                       ('search', (2, 1)), ('finditer', (1,)))),
    ('', 0, ['abc'], (('match', (2, 1)), ('search', (3,)), ('findall', (1, 2)))),
    ('^a', 0, ['aa'], (('search', (1,)),)),
    ('a$', 0, ['aab'], (('search', (0, 2)), ('match', (1, 2)))),
    (r'\b', 0, ['ab'], (('search', (1, 1)), ('findall', (0, 0)))),
    # scanner.match
    ('a|b', 0, ['abxa'], (('scan_match', ()),)),
    ('x*', 0, ['xxa'], (('scan_match', ()),)),
    # sub with literal templates and counts
    ('a', 0, ['banana'], (('sub_lit', ('o', 0)), ('sub_lit', ('o', 2)), ('sub_lit', ('', 0)), ('sub_fn', (1,)),
                          ('sub_lit', ('o', -1)), ('split', (2,)), ('split', (-1,)))),
    ('x*', 0, ['abxd'], (('sub_lit', ('-', 0)),)),
    ('(,)', 0, ['a,b,c'], (('split', (1,)), ('split', (0,)))),
    ('(a)|(b)', 0, ['cacbc'], (('split', (0,)),)),
    (b'a', 0, [b'banana', bytearray(b'aba')], (('sub_lit', (b'o', 0)),)),
    # long subjects: the backtracking state lives on the heap, not the Java stack
    ('(a|b)*c', 0, [('r', 20000, 'ab')], (('match', ()), ('fullmatch', ()))),
    ('(?:a)*', 0, [('r', 100000, 'a')], (('match', ()),)),
    ('(?:a|(b))*c', 0, [('r', 500000, 'ab')], (('match', ()),)),
    ('(a)*', 0, [('r', 50000, 'a')], (('match', ()), ('search', ()))),
    ('(?:ab)*?c', 0, [('r', 20000, 'ab')], (('match', ()),)),
    ('.*x', 0, [('r', 50000, 'a')], (('match', ()),)),
    ('(?:a|b)*+c', 0, [('r', 30000, 'ab')], (('match', ()),)),
    ('(?:(a)|b)*?$', 0, [('r', 20000, 'ab')], (('match', ()),)),
    ('(?:a|(b))+', 0, [('r', 30000, 'ab')], (('fullmatch', ()),)),
    ('((?:ab)*)\\1', 0, [('r', 2000, 'ab')], (('fullmatch', ()),)),
]


def subject_enc(s):
    if isinstance(s, tuple):
        return 'r%d:%s' % (s[1], enc(s[2])), s[2] * s[1]
    if isinstance(s, bytearray):
        return 'B' + enc(bytes(s))[1:], s
    return enc(s), s


def main():
    lines = []
    opcodes = set()
    n = 0
    for pattern, flags, subjects, extra in CASES:
        p = re.compile(pattern, flags)
        re.purge()
        pat_arg, fl, code, groups, groupindex, indexgroup = cap.last
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            _compiler.dis(code)
        for word in out.getvalue().split():
            if word.isupper() and word in _compiler.OPCODES.__class__.__dict__ or word in {str(o) for o in _compiler.OPCODES}:
                opcodes.add(word)
        gi = ';'.join('%s=%d' % (enc(k), v) for k, v in groupindex.items())
        ig = ';'.join(enc(x) for x in indexgroup)
        head = [enc(pat_arg), str(fl), str(groups), ' '.join(str(int(c)) for c in code), gi or '-', ig or '-']
        for s in subjects:
            senc, sval = subject_enc(s)
            ops = [(op, ()) for op in S_ALL] if not extra else list(extra)
            if not extra and not isinstance(s, tuple):
                ops.append(('sub_lit', (b'#' if isinstance(sval, (bytes, bytearray)) else '#', 0)))
            for op, args in ops:
                try:
                    res = enc(run(p, op, sval, args))
                except Exception as e:
                    res = 'E' + type(e).__name__
                n += 1
                lines.append('\t'.join([str(n), str(fl), str(groups), head[0], head[3], head[4], head[5], senc, op,
                                        enc(tuple(args)), res]))
    with open('sre_cases.txt', 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(n, 'cases; opcodes:', ' '.join(sorted(opcodes)))
    missing = {str(o) for o in _compiler.OPCODES} - opcodes
    print('not covered:', ' '.join(sorted(missing)))


main()
