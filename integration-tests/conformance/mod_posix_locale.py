# _locale in the C locale: setlocale queries and changes, localeconv, nl_langinfo, errors.
import _locale as l

print(l.setlocale(l.LC_ALL, 'C'), l.setlocale(l.LC_ALL), l.setlocale(l.LC_NUMERIC))
print(l.nl_langinfo(l.CODESET), l.getencoding())
print(l.setlocale(l.LC_ALL, 'POSIX'), l.setlocale(l.LC_CTYPE, 'C.UTF-8'), l.nl_langinfo(l.CODESET), l.getencoding())
print(l.setlocale(l.LC_ALL))
print(l.setlocale(l.LC_ALL, 'C'))
print(sorted(l.localeconv().items()))
for n in ['RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'DAY_1', 'DAY_7',
          'ABDAY_2', 'MON_1', 'MON_12', 'ABMON_5', 'YESEXPR', 'NOEXPR', 'ERA', 'CRNCYSTR', '_DATE_FMT']:
    print(n, getattr(l, n), repr(l.nl_langinfo(getattr(l, n))))
print(l.LC_CTYPE, l.LC_NUMERIC, l.LC_TIME, l.LC_COLLATE, l.LC_MONETARY, l.LC_MESSAGES, l.LC_ALL, l.CHAR_MAX)
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('x', 'x'), l.strxfrm('abc'))
print(l.gettext('msg'), l.dgettext(None, 'msg'), l.textdomain(None), l.bindtextdomain('d', None))
print(l.Error, l.Error.__mro__)
for call in ['l.setlocale(l.LC_ALL, "xx_YY.nothing")', 'l.setlocale(99)', 'l.setlocale("a")', 'l.setlocale(0, 5)',
             'l.nl_langinfo(99999)', 'l.strcoll(1, "a")']:
    try:
        eval(call)
    except (l.Error, TypeError, ValueError) as e:
        print(call, '->', type(e).__name__, e)
