# time.strftime with C-locale directives, flags and widths, on fixed UTC times.
import time

t = time.gmtime(1e9)
for d in 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%':
    if d == 's':
        continue  # depends on the local zone
    print(d, repr(time.strftime('%' + d, t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%-d|%_d|%05d|%-5d|%_5H|%010Y|%^a|%#b|%^B|%#p|%EY|%Od|%Ey|%5%|%-%', t))
print(repr(time.strftime('', t)), repr(time.strftime('%', t)), repr(time.strftime('a%', t)),
      repr(time.strftime('%q|%+Y', t)))
for secs in [0, 86400 * 3, 951782400, 1230768000, 1293753600, 1609459200, -86400 * 400, 1e9 + 43200]:
    g = time.gmtime(secs)
    print(time.strftime('%Y %j %U %W %V %G %g %u %w %a %I %l %p %C %y', g))
for tup in [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
            (99999, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 61, 6, 366, 0), (2000, 1, 1, 12, 0, 0, 6, 1, 0)]:
    print(tup, time.strftime('%Y|%m|%d|%H|%M|%S|%a|%j|%C|%G|%V|%y|%z', tup))
print(time.strftime('%Z|%z', time.gmtime(0)), time.strftime('%z', (2000, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.strftime('%Z', (2000, 1, 1, 0, 0, 0, 0, 1, -1)) == '')
print(time.strftime('%Z %z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -12600))))
print(len(time.strftime('%Y')), time.strftime('%H:%M', time.localtime(0))[2])
for call in ['time.strftime(5)', 'time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))',
             'time.strftime("%a", (2000, 1, 1, 0, 0, 0, -2, 1, 0))', 'time.strftime("%j", (2000, 1, 1, 0, 0, 0, 6, 367, 0))',
             'time.strftime("%S", (2000, 1, 1, 0, 0, 62, 6, 3, 0))', 'time.strftime("%Y", (2000.5, 1, 1, 0, 0, 0, 6, 3, 0))',
             'time.strftime("%Y", (1, 2))', 'time.strftime("%Y", 5)', 'time.strftime("a\\0b")', 'time.strftime()']:
    try:
        print(call, '->', eval(call))
    except (TypeError, ValueError) as e:
        print(call, '->', type(e).__name__, e)
