# invalid float format specs combining grouping and unknown types: the error message CPython gives first
for bad in [(1.5, "#,.2z"), (1.5, ",z"), (1.5, "_z"), (1.5, ",_f"), (1.5, "_,f")]:
    try:
        format(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
