# _string.formatter_field_name_split: the first part (an int when it is all decimal digits) and an
# iterator of (is_attribute, key) for the rest, keys converted to int the same way.
import _string

for name in ['a', '', '0', '42', '12.x[3][y]', 'a.b.c', 'a[0][1]', 'a[x.y]', '\u0663\u0664',
             'x[\u0661]', '.a', '[0]', 'a[-1]', 'a[ 1]', 'a[01]', '0x', '9223372036854775807']:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))

for name in ['a[1]x', 'a[', 'a..b', 'a[]', 'a.', '99999999999999999999999',
             'a[99999999999999999999999]', '9223372036854775808']:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), end=' ')
        print(list(rest))
    except ValueError as e:
        print('ValueError:', e)

# the rest is scanned lazily: parts before a bad one come out first
first, rest = _string.formatter_field_name_split('a.b[2]c')
print(first, next(rest), next(rest))
try:
    next(rest)
except ValueError as e:
    print('ValueError:', e)
print(type(rest).__name__, iter(rest) is rest)

for arg in [1, b'x']:
    try:
        _string.formatter_field_name_split(arg)
    except TypeError as e:
        print('TypeError:', e)

# str.format uses the same scanner: the same messages
for fmt in ['{99999999999999999999999}', '{0[99999999999999999999999]}', '{0[0]x}', '{0[}', '{0..a}',
            '{0!x}', '{0!\x01}', '{0!\xe9}', '{a[]}']:
    try:
        print(fmt.format([1]))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print('{0[1]}{0[x]}'.format({1: 'one', 'x': 'ex'}), '{0.real}'.format(3))
