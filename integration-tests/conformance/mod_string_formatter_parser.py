# _string.formatter_parser: the pieces (literal, field name, spec, conversion) of a format string,
# with None where CPython gives None, and the ValueErrors str.format raises.
import _string

cases = ['', 'abc', 'a{{b', 'a}}b', '{{}}', '}}{{', '{}', '{:}', '{!r}', '{0!}}',
         '{0!r:>{1}}x', '{a[x:y]}', 'x{0:{{}}}', '{0.a[1].b}', 'a{0}b{1:x}c',
         '{[}]}', '{0:{1}{2}}', 'x{0!\U0001F600}']
for s in cases:
    print(repr(s), list(_string.formatter_parser(s)))

bad = ['a{', 'a}', '}', '{', '{0!', '{0!r', '{0!rx}', '{0:', '{0:{}', '{0{}', '{0[}', '{0[', 'x}y', '{0!ab}', '{0!r}}']
for s in bad:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)

# the pieces come one at a time: an error is raised only when its piece is reached
it = _string.formatter_parser('ok{0}then}')
print(next(it))
try:
    next(it)
except ValueError as e:
    print('second piece:', e)

it = _string.formatter_parser('a')
print(type(it).__name__, iter(it) is it, list(it), list(it))

class S(str):
    pass

pieces = list(_string.formatter_parser(S('x{0}')))
print(pieces, type(pieces[0][0]).__name__)

for arg in [1, b'x', None]:
    try:
        _string.formatter_parser(arg)
    except TypeError as e:
        print('TypeError:', e)
try:
    _string.formatter_parser()
except TypeError as e:
    print('TypeError:', e)
try:
    _string.formatter_parser('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    _string.formatter_parser(s='a')
except TypeError as e:
    print('TypeError:', e)
print(_string.__doc__)
print(sorted(n for n in dir(_string) if not n.startswith('__')))
