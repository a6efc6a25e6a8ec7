# Format specs in f-strings and format(): fill, align, sign, width, precision, types, grouping.
x = 1234.5678
n = 255
s = "hi"
print(f"[{s:>6}] [{s:<6}] [{s:^6}] [{s:*^7}] [{s:.1}]")
print(f"[{n:d}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}] [{n:c}]")
print(f"[{n:+d}] [{-n:+d}] [{n: d}] [{n:08d}] [{-n:08d}] [{n:=+8d}] [{n:,}] [{10**7:_}]")
print(f"[{x:.2f}] [{x:10.1f}] [{x:<10.3f}] [{x:e}] [{x:.3E}] [{x:g}] [{x:%}] [{0.5:.0%}]")
print(f"[{x:,.2f}] [{1e-5:g}] [{1e16:g}] [{123456789.0:.3g}] [{0.0:.2e}] [{-0.0:.1f}]")
print(f"[{n:>{8}}] [{x:.{3}f}] [{s:{'>'}{5}}]")
print(format(3.14159, ".3"), format(42, ""), format("s", ""), format(True, "d"), format(2.0, ""))
print(f"[{1.0:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{-1.5:.0f}] [{0.125:.2f}] [{0.375:.2f}]")
print(f"[{float('inf'):f}] [{float('nan'):f}] [{float('-inf'):>6}]")
print(f"[{42!r:>5}] [{'ab'!r:^8}]")
print(f"[{12345:e}] [{True:>5}] [{False!s:>6}] [{None!s:^6}]")
for bad in [lambda: f"{n:q}", lambda: f"{s:d}", lambda: f"{x:d}", lambda: format(1, ",c")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
