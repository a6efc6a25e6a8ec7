# time.struct_time, gmtime, localtime, mktime, asctime, ctime (machine-independent facts only).
import time

t = time.gmtime(0)
print(t)
print(type(t).__name__, type(t).__module__, len(t), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(t.tm_zone, t.tm_gmtoff, t[:3], t.tm_year, t[-1])
print(time.struct_time.__match_args__, time._STRUCT_TM_ITEMS)
for secs in [1e9, 1234567890.9, -1.5, -86400 * 365, 951782400, 2**31, 253402300799, 0.999]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.asctime(g))
print(time.gmtime(-1e12))
lt = time.localtime(1e9)
print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__, time.mktime(lt), time.mktime(tuple(lt)))
print(time.mktime(time.localtime(0)), time.mktime(time.localtime(1700000000)))
base = time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1))
print(time.mktime((2000, 13, 1, 0, 0, 0, 0, 1, -1)) - base, time.mktime((2000, 1, 32, 0, 0, 0, 0, 1, -1)) - base)
print(time.mktime((2000, 1, 1, 25, 61, 61, 0, 1, -1)) - base, time.mktime((2000, 0, 0, 0, 0, 0, 0, 0, -1)) - base)
print(time.ctime(1e9) == time.asctime(time.localtime(1e9)), len(time.ctime()), len(time.asctime()))
print(time.localtime(None)[:0], time.gmtime(None).tm_year >= 2024, isinstance(time.localtime().tm_isdst, int))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'XYZ', 3600))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
print(time.asctime((2023, 12, 25, 8, 5, 9, 0, 359, 0)))
print(time.asctime((2023, 0, 0, 8, 5, 9, 0, 0, 0)))
for call in ['time.gmtime(1e20)', 'time.gmtime(float("nan"))', 'time.gmtime("x")', 'time.gmtime(1, 2)',
             'time.mktime((1, 2))', 'time.mktime(5)', 'time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0, 1))',
             'time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0))', 'time.asctime("x")',
             'time.asctime((2000, 1, 1, 24, 0, 0, 0, 1, 0))', 'time.asctime((2000, 1, 32, 0, 0, 0, 0, 1, 0))',
             'time.asctime((2000, 1, 1, 0, 60, 0, 0, 1, 0))', 'time.asctime((2000, 1, 1, 0, 0, 62, 0, 1, 0))',
             'time.asctime((2000, 1, 1, 0, 0, 0, -2, 1, 0))', 'time.asctime((2000, 1, 1, 0, 0, 0, 0, 367, 0))',
             'time.asctime((2000.5, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.struct_time((1,) * 8)',
             'time.struct_time((1,) * 12)', 'time.struct_time(5)']:
    try:
        print(call, '->', eval(call))
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(call, '->', type(e).__name__, e)
