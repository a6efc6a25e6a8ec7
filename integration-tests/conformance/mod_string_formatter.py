# string.Formatter: the pure-Python formatter over _string (its parse, get_field, convert_field,
# vformat with auto numbering and nested specs), and subclasses that override its steps.
import string

f = string.Formatter()
print(f.format('{0:>{1}}|{x!r}|{y[1]}|{z.imag}', 'ab', 5, x='q', y=[1, 2], z=3j))
print(f.format('{} and {}', 1, 2), f.format('{{literal}} {0}', 'x'))
print(f.format('{:{}}|', 'a', 4), f.format('{0:{1}.{2}f}', 3.14159, 8, 2))
print(list(f.parse('a{0!r:x}b{{c')))
print(f.get_field('0.real', (7,), {}), f.get_field('k[0]', (), {'k': 'xy'}))
print(f.convert_field('x', 'r'), f.convert_field('x', 's'), f.convert_field('\xe9', 'a'), f.convert_field(1, None))
for fmt, args in [('{} {0}', (1, 2)), ('{0} {}', (1, 2)), ('{x}', ()), ('{2}', (1,)),
                  ('{0!z}', (1,)), ('{', ()), ('}', ()), ('{0:{1:{2}}}', (1, 2, 3))]:
    try:
        print(f.format(fmt, *args))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)

class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)

print(Defaults().format('{a} {b} {0}', 'zero', a='A'))

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        return '[' + super().format_field(value, spec) + ']'

print(Upper().format('{0!u} {1:>3} {2!r}', 'shout', 7, 'q'))

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError('unused: ' + repr(sorted(map(str, unused))))

try:
    Strict().format('{0}', 1, 2, x=3)
except ValueError as e:
    print(e)
print(Strict().format('{0}{x}', 1, x=3))
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
