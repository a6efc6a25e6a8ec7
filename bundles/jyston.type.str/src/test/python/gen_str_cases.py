# Generates ../resources/org/jyston/type/str/impl/str_cases.tsv with CPython 3.11.
# Run: python3 gen_str_cases.py
# Each row: an expression the Java test evaluates (a restricted Python subset), and CPython's answer:
# the repr of the value, or !Type: message when CPython raised.
import os, sys

assert sys.version_info[:2] == (3, 11), sys.version
OUT = os.path.join(os.path.dirname(__file__), '../resources/org/jyston/type/str/impl/str_cases.tsv')
rows = []

def case(src):
    try:
        out = repr(eval(src))
    except BaseException as e:
        out = '!' + type(e).__name__ + ': ' + str(e)
    rows.append((src, out))

# repr
tricky = ["''", "'a'", "\"'\"", "'\"'", "'\\'\"'", "'it\\'s'", "'\\\\'", "'a\\\\b'", "'\\n\\r\\t'", "'\\x00\\x01\\x1f\\x7f'",
          "'\\x80\\x9f\\xa0\\xad\\xe9\\xff'", "'\\u2028\\u2029\\u200b\\u3000\\u00a0'", "'\\ud800'", "'\\udfff x'",
          "'\\U0001f600'", "'a\\U0001f600b'", "'\\U000e0001'", "'\\U0010ffff'", "'\\ue000'", "'\\u0378'", "'\\u1234'",
          "'\\x0b\\x0c'", "'\"\\''", "' '", "'caf\\u00e9'", "'\\u4e2d\\u6587'", "'\\U0001d11e'", "'\\ufeff'",
          "'\\u061c'", "'\\u00b2'", "'\\\\n'"]
for t in tricky:
    case('repr(%s)' % t)
    case('len(%s)' % t)
    case('str(%s)' % t)
# operators
for src in ["'a' + 'b'", "'' + ''", "'a' + 1", "'a' + None", "'ab' * 3", "3 * 'ab'", "'ab' * 0", "'ab' * -1",
            "'a' * 1.5", "1.5 * 'a'", "'a' * (1 << 70)", "'a' * -(1 << 70)", "'ab' * True",
            "'a' < 'b'", "'a' < 'ab'", "'b' <= 'a'", "'a' == 'a'", "'a' != 'a'", "'a' == 1", "'a' != 1", "'a' < 1",
            "'b' > 'a'", "'b' >= 'b'", "'\\uffff' < '\\U00010000'", "'\\U00010000' < '\\uffff'",
            "'\\ue000' < '\\U00010000'", "'a' in 'abc'", "'' in 'abc'", "'d' in 'abc'", "1 in 'abc'",
            "'abc'[0]", "'abc'[-1]", "'abc'[3]", "'abc'[-4]", "'abc'['x']", "'abc'[True]", "'a\\U0001f600b'[1]",
            "'a\\U0001f600b'[2]", "'a\\U0001f600b'[-2]", "'abc'[1 << 70]", "len('a\\U0001f600b')", "bool('')", "bool('a')",
            "hash('abc') == hash('ab' + 'c')", "str()", "str(1)", "str('x')", "str(None)", "str(object=1)",
            "str(x=1)", "str(1, 2, 3, 4)", "str(1, 'utf-8')"]:
    case(src)
# % formatting
for src in ["'%s' % 'a'", "'%s' % 1", "'%s' % None", "'%s' % True", "'%r' % 'a'", "'%a' % '\\xe9'", "'%5s|' % 'ab'",
            "'%-5s|' % 'ab'", "'%.1s' % 'abc'", "'%5.1s|' % 'abc'", "'%d' % 42", "'%i' % -7", "'%u' % 7", "'%d' % 3.9",
            "'%d' % -3.9", "'%d' % True", "'%d' % 'a'", "'%d' % (1 << 70)", "'%x' % 255", "'%X' % 255", "'%#x' % 255",
            "'%#X' % 255", "'%#o' % 8", "'%o' % -8", "'%x' % -255", "'%#x' % 0", "'%x' % 1.5", "'%x' % 'a'",
            "'%05d' % -3", "'%-5d|' % 3", "'%+d' % 3", "'% d' % 3", "'% d' % -3", "'%+d' % -3", "'%05.3d' % 5",
            "'%.3d' % 5", "'%#06x' % 255", "'%-#6x|' % 255", "'%f' % 1.5", "'%f' % -0.0", "'%.2f' % 2.675",
            "'%.0f' % 0.5", "'%.0f' % 1.5", "'%.0f' % 2.5", "'%#.0f' % 2.5", "'%10.4f|' % 3.14159", "'%-10.2e|' % 31415.9",
            "'%e' % 3", "'%e' % 0.0", "'%E' % 1e-10", "'%+.1e' % 12345", "'%g' % 1e-5", "'%g' % 0.0001", "'%g' % 1e16",
            "'%g' % 123456789", "'%G' % 1e20", "'%.3g' % 1234567", "'%#g' % 1.0", "'%g' % 0.0", "'%g' % 100.0",
            "'%.10g' % 0.1", "'%.17g' % 0.1", "'%f' % 1e20", "'%.3f' % 1e-10", "'%f' % 'a'", "'%f' % (1 << 70)",
            "'%c' % 'x'", "'%c' % 65", "'%c' % 0x1f600", "'%c' % 'xy'", "'%c' % -1", "'%c' % 0x110000", "'%c' % 1.5",
            "'%%' % ()", "'%s %s' % ('a', 'b')", "'%s' % ('a', 'b')", "'%s %s' % ('a',)", "'%s' % (('a',),)",
            "'%s' % ()", "'abc' % ()", "'abc' % 5", "'abc' % 'x'", "'%' % ()", "'%q' % 1", "'a%5' % 1",
            "'%*d' % (5, 3)", "'%-*d|' % (5, 3)", "'%*d|' % (-5, 3)", "'%.*f' % (2, 3.14159)", "'%*d' % ('a', 3)",
            "'%05s|' % 'a'", "'%+s' % 'a'", "'%-05d|' % 3", "'%f' % float('inf')", "'%010f' % float('inf')",
            "'%f' % float('-inf')", "'%F' % float('nan')", "'%e' % float('inf')", "'%5.1f|' % float('nan')",
            "'%d' % float('inf')", "'%s' % 1.5", "'%r' % 1.5", "'%(a)s' % 1", "'%s and %r' % ('x', 'y')",
            "'%ld' % 5", "'%10r|' % 'a'", "'%.2r' % 'abc'", "'%3c|' % 'x'", "'%#5o|' % 8", "'%+x' % 255",
            "'%+05d' % 3", "'% 05d' % 3", "'%d %s' % (1, 'b')", "'%.100f' % 1.0", "'%.2e' % 9.999", "'%.1f' % 0.05",
            "'%.1f' % 0.25", "'%.1f' % 0.35", "'%d' % -0.0", "'%.2f' % -0.001", "'%i' % -0.5"]:
    case(src)
# methods
for src in ["'Hello World'.upper()", "'Hello World'.lower()", "'stra\\u00dfe'.upper()", "'\\u0130'.lower()",
            "'\\u03a3\\u0391\\u03a3'.lower()", "'a'.upper(1)", "'a'.upper(x=1)", "str.upper(1)", "str.upper()",
            "'  a b  '.strip()", "'  a b  '.lstrip()", "'  a b  '.rstrip()", "'xxaxx'.strip('x')", "'xyaxy'.strip('yx')",
            "'a'.strip(None)", "'\\u3000\\xa0a\\x85\\x1c'.strip()", "'a'.strip(1)", "'a'.strip('a', 'b')",
            "'a'.lstrip(1)", "'\\U0001f600a\\U0001f600'.strip('\\U0001f600')",
            "'a b  c'.split()", "'  a b  c  '.split()", "'a,b,,c'.split(',')", "'a,b,,c'.split(',', 1)",
            "'a b c'.split(None, 1)", "'a b c'.split(maxsplit=1)", "'a,b'.split(sep=',')", "''.split()", "''.split(',')",
            "'a'.split('')", "'a'.split(1)", "'a'.split(None, 'x')", "'a'.split(x=1)", "'a'.split(',', 1, 2)",
            "'a::b::c'.split('::')", "'  a  b  '.split(None, 0)", "'a b c'.split(' ', -1)", "'abc'.split('abc')",
            "'a b c'.rsplit(None, 1)", "'a,b,c'.rsplit(',', 1)", "'  a b  c  '.rsplit(None, 1)", "'a,,b'.rsplit(',')",
            "'a\\nb\\r\\nc\\rd'.splitlines()", "'a\\nb\\n'.splitlines(True)", "'a\\x0bb\\x1cc\\u2028d'.splitlines()",
            "''.splitlines()", "'\\n'.splitlines()", "'a\\n\\nb'.splitlines(keepends=True)", "'a'.splitlines(x=1)",
            "'a'.splitlines(1, 2)",
            "','.join(['a', 'b', 'c'])", "','.join(('a',))", "''.join([])", "'-'.join('abc')", "','.join([1])",
            "','.join(['a', 1])", "','.join(1)", "'-'.join('a\\U0001f600')",
            "'aaa'.replace('a', 'b')", "'aaa'.replace('a', 'b', 2)", "'aaa'.replace('a', 'b', -1)", "'abc'.replace('', '-')",
            "'abc'.replace('', '-', 2)", "''.replace('', 'x')", "'abc'.replace('x', 'y')", "'a'.replace(1, 'b')",
            "'a'.replace('a', 2)", "'a'.replace('a')", "'a'.replace('a', 'b', x=1)", "'a\\U0001f600'.replace('', '.')",
            "'hello'.startswith('he')", "'hello'.startswith('lo', 3)", "'hello'.startswith(('x', 'he'))",
            "'hello'.startswith('')", "'hello'.startswith('', 5)", "'hello'.startswith('', 6)", "'hello'.startswith('e', 1, 1)",
            "'hello'.startswith('h', -10)", "'hello'.endswith('lo')", "'hello'.endswith('l', 0, 4)", "'hello'.endswith(('a', 'o'))",
            "'hello'.endswith('he', None, 2)", "'a'.startswith(1)", "'a'.startswith((1,))", "'a'.startswith()",
            "'a'.startswith('a', None)", "'a'.startswith('a', 'x')",
            "'hello'.find('l')", "'hello'.rfind('l')", "'hello'.find('l', 3)", "'hello'.find('l', -2)", "'hello'.find('x')",
            "'hello'.find('')", "'hello'.find('', 5)", "'hello'.find('', 6)", "'hello'.rfind('')", "'hello'.find('lo', 0, 4)",
            "'a\\U0001f600b'.find('b')", "'\\U0001f600\\U0001f600b'.rfind('\\U0001f600')", "'hello'.index('e')",
            "'hello'.index('x')", "'hello'.rindex('l')", "'hello'.rindex('x')", "'a'.find(1)", "'a'.find()", "'a'.find('a', 'x')",
            "'a'.find('a', None, None)", "'hello'.find('l', 1 << 70)", "'hello'.find('h', -(1 << 70))",
            "'aaaa'.count('aa')", "'hello'.count('l')", "'hello'.count('')", "'hello'.count('', 2)", "'hello'.count('', 9)",
            "'hello'.count('l', 3)", "'a'.count(1)", "'a\\U0001f600a'.count('a')",
            "'abc'.zfill(5)", "'-42'.zfill(6)", "'+x'.zfill(4)", "'abc'.zfill(2)", "'a'.zfill(-1)", "''.zfill(3)", "'a'.zfill('x')",
            "'a'.zfill()", "'abc'.center(10)", "'abc'.center(8)", "'ab'.center(5)", "'ab'.center(6)", "'a'.center(4, '*')",
            "'a'.ljust(3, '*')", "'a'.rjust(3)", "'abc'.ljust(2)", "'a'.center(5, 'xy')", "'a'.center('x')", "'a'.center(5, 1)",
            "'a'.center()", "'a'.center(3, '\\U0001f600')", "'\\U0001f600'.center(3)",
            "'hello world'.title()", "\"they're bill's\".title()", "'\\u00df'.title()", "'\\u01c6a'.title()",
            "'\\ufb01x'.title()", "'aBC dEF'.title()", "'a1b'.title()", "'hello World'.capitalize()", "'\\u00df'.capitalize()",
            "'\\u01c6A'.capitalize()", "''.capitalize()", "'aBc'.swapcase()", "'a'.title(1)",
            "'123'.isdigit()", "''.isdigit()", "'\\u00b2'.isdigit()", "'\\u2469'.isdigit()", "'\\u00bd'.isdigit()",
            "'\\u0663'.isdigit()", "'12a'.isdigit()", "'abc'.isalpha()", "'ab1'.isalpha()", "'\\u00e9\\u4e2d'.isalpha()",
            "''.isalpha()", "' \\t\\n'.isspace()", "''.isspace()", "'\\xa0'.isspace()", "'\\x85'.isspace()",
            "'\\u200b'.isspace()", "'\\x1f'.isspace()", "'\\u3000'.isspace()", "'a'.isdigit(1)", "'\\u00bd'.isnumeric()",
            "'\\u00b2'.isdecimal()", "'ab12'.isalnum()", "'ABC'.isupper()", "'AbC'.isupper()", "'abc'.islower()",
            "'1'.islower()", "'Hello World'.istitle()", "'Hello world'.istitle()", "'abc'.isascii()", "'\\xe9'.isascii()",
            "'ab\\n'.isprintable()", "'_a1'.isidentifier()", "'1a'.isidentifier()",
            "'a,b,c'.partition(',')", "'a,b,c'.rpartition(',')", "'abc'.partition(',')", "'abc'.rpartition(',')",
            "'abc'.partition('')", "'abc'.removeprefix('ab')", "'abc'.removesuffix('bc')", "'abc'.removeprefix('x')",
            "'a\\tb\\tc'.expandtabs()", "'a\\tbc\\td'.expandtabs(4)", "'ab\\ncd\\te'.expandtabs(tabsize=2)",
            "'Stra\\u00dfe'.casefold()"]:
    case(src)
# str.format
for src in ["'a'.format(1)", "'{}'.format(1)", "'{} {}'.format('a', 'b')", "'{1} {0}'.format('a', 'b')",
            "'{x}'.format(x=1)", "'{0} {x}'.format('a', x='b')", "'{'.format()", "'}'.format()", "'{{}}'.format()",
            "'{{{0}}}'.format(1)", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{1}'.format(1)", "'{}'.format()",
            "'{x}'.format(1)", "'{!r}'.format('a')", "'{!s}'.format(1)", "'{!a}'.format('\\xe9')", "'{!x}'.format(1)",
            "'{0!r:>6}'.format('a')", "'{0[0]}'.format('ab')", "'{0[1]}'.format(('a', 'b'))", "'{:>5}'.format('a')",
            "'{:<5}|'.format('a')", "'{:^7}'.format('ab')", "'{:*<4}'.format(1)", "'{:5}'.format(1)", "'{:5}|'.format('a')",
            "'{:05d}'.format(-3)", "'{:x}'.format(255)", "'{:X}'.format(255)", "'{:#x}'.format(255)", "'{:#o}'.format(8)",
            "'{:#b}'.format(5)", "'{:b}'.format(5)", "'{:x}'.format(-255)", "'{:+d}'.format(3)", "'{: d}'.format(3)",
            "'{:=6}'.format(-3)", "'{:c}'.format(65)", "'{:,}'.format(1234567)", "'{:_}'.format(1234567)",
            "'{:_x}'.format(123456789)", "'{:_b}'.format(255)", "'{:010,}'.format(1234)", "'{:,}'.format(-1234)",
            "'{:n}'.format(1234)", "'{:d}'.format(True)", "'{}'.format(True)", "'{:>5}'.format(True)", "'{:.2f}'.format(1.5)",
            "'{:e}'.format(1.5)", "'{:g}'.format(1.5)", "'{:%}'.format(0.5)", "'{:.3%}'.format(0.12345)",
            "'{:,.2f}'.format(1234567.891)", "'{:^+9.2f}'.format(3.14159)", "'{:e}'.format(0)", "'{:f}'.format(10)",
            "'{:.1f}'.format(7)", "'{:.3}'.format(1.0)", "'{:.3}'.format(100.0)", "'{:.3}'.format(1234.5)",
            "'{:.1}'.format(0.25)", "'{:.3}'.format(1e-5)", "'{:g}'.format(1e16)", "'{:.0e}'.format(12345.0)",
            "'{:#.0e}'.format(12345.0)", "'{:#.0f}'.format(2.5)", "'{:#g}'.format(1.0)", "'{:010f}'.format(float('inf'))",
            "'{:f}'.format(float('nan'))", "'{:F}'.format(float('inf'))", "'{:+f}'.format(float('inf'))",
            "'{:.3}'.format('abcdef')", "'{:.2}'.format('abc')", "'{:d}'.format('a')", "'{:s}'.format(1)",
            "'{:q}'.format(1)", "'{:q}'.format('a')", "'{:=}'.format('a')", "'{:+}'.format('a')", "'{:,s}'.format('a')",
            "'{:.1d}'.format(1)", "'{:z}'.format(1)", "'{:c}'.format(0x1f600)", "'{0:{1}}'.format('a', 3)",
            "'{:{}}|'.format('a', 4)", "'{}'.format(None)", "'{:>4}'.format(None)", "'{:s}'.format('a')", "'{:5x5}'.format(1)",
            "'{0:}'.format(1)", "'{:,}'.format(1234.5)", "'{:08.3f}'.format(-3.14159)", "'{:-^9}'.format('ab')",
            "'{:\\U0001f600^5}'.format('a')", "'{:<05}'.format(1)", "'{:05}'.format('a')", "'{0}'.format()",
            "'{0.real}'.format(1)", "'{:.0%}'.format(0.125)", "'{:,d}'.format(1234567)", "'{:_d}'.format(-1234567)",
            "'{:#_x}'.format(65535)", "'{:08_}'.format(1234)", "'{:c}'.format('a')", "'{:x}'.format(1.5)",
            "'{:.2e}'.format(-0.0)", "'{:G}'.format(1e-20)", "'{:E}'.format(1.5)", "'{:.15}'.format(0.1)"]:
    case(src)

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# Produced by CPython %s with src/test/python/gen_str_cases.py. Do not edit.\n' % sys.version.split()[0])
    f.write('# expression<TAB>repr of its value, or !Type: message when CPython raised.\n')
    f.write('# Backslash, tab and newline in fields are escaped.\n')
    for r in rows:
        f.write('\t'.join(esc(x) for x in r) + '\n')
print(len(rows), 'rows')
