# ascii, chr, ord, format, and print with sep/end/file/flush.
import sys


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(ascii('abc'), ascii('é\n\U0001F600'), ascii(['ü', 1]), ascii('\u20ac'), ascii(1.5))
show(ascii)
show(ascii, 1, 2)

print(chr(65), chr(0x20ac), chr(0x1F600), chr(0), repr(chr(10)), chr(True))
print(ord('A'), ord('\u20ac'), ord('\U0001F600'), ord(chr(0x10FFFF)))
show(chr, -1)
show(chr, 0x110000)
show(chr, 2**70)
show(chr, 'a')
show(chr, 1.5)
show(chr)
show(ord, 'ab')
show(ord, '')
show(ord, 1)
show(ord)

print(format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(7), format(1234567, ','))
print(format(True), format(True, 'd'), format(2**70, 'x'), format(-1.5, '+.3e'), format('ab', '*>6'))
print(format(None), format([1, 2]), format(0.1), format(12, '{^6'), format(5, '}<4'))
show(format)
show(format, 1, 2)
show(format, 1, 'q')
show(format, object(), 'x')
show(format, 1, 'x', 3)
show(format, 1, spec=2)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


w = Writer()
print(1, 'two', 3.0, file=w)
print(file=w)
print('a', 'b', sep='', end='', file=w)
print('x', sep=None, end=None, file=w, flush=True)
print(w.parts)
print('x', 'y', sep='--', end='|\n')
print('flushed', flush=True)
print(None, file=None)
show(print, 1, sep=1)
show(print, 1, end=2)
show(print, x=1)
show(print, 1, file=1)
print('to stdout', file=sys.stdout)
