# integer and float formatting with 'n' (C locale: like 'd'/'g' without grouping) and with grouping/width combinations
for v in [0, 7, -1234567, 10**12]:
    print(format(v, "n"), format(v, "10n"), format(v, "<10n") + "|", format(v, ",d"), format(v, "_d"), format(v, "+,"))
for v in [0.0, 1234.5678, -1e-5, 1e20]:
    print(format(v, "n"), format(v, ".3n"), format(v, "12n") + "|", format(v, ",.2f"), format(v, "_.1f"))
print(format(1234567, "020,"), format(-1234567, "020,"), format(1234567.891, "020,.2f"), format(0xABCDEF, "_x"), format(0o777, "_o"))
print(format(12345, "#_b"), format(255, "#_x"), format(1e6, ",g"), format(12345678.9, ",.10g"))
try:
    format(1, ",n")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "_n")
except ValueError as e:
    print(type(e).__name__, e)
