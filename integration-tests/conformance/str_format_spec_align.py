# format() mini-language for str and int: fill, align, sign, width, grouping, alternate forms
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<6", ".2", "10.3", "^9.1", "0>5"]:
    print(repr(spec), repr(format("hello", spec)))
for spec in ["", "5", "<5", "^7", "=+8", "+", "-", " ", "05", "08b", "#x", "#X", "#o", "#b", "x", "o", "c", "d", "n",
             ",", "_", "_x", "_b", ",d", "+,", "#010x", "=10", "0=10", "e", ".3%", "g", "F"]:
    print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)) if spec != "c" else "")
print(format(0, "#x"), format(-255, "#06x"), format(10**20, ","), format(-10**20, "_"), format(True, "d"), format(True, ""))
print(format(65, "c"), format(0x1F600, "c") == chr(0x1F600), format(255, "08_b"))
for bad in [("abc", "d"), ("abc", "+"), ("abc", "="), (12, "s"), (12, ",c"), (12, ".2d"), (12, "z"), (12, "#c"), ("x", ",")]:
    try:
        format(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
w, p = 12, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'^'}{w}}|{42:{'0'}{'>'}{6}}")
print("{:=^20}".format(" title "), "{:~<4}".format(1), "{:#>+6}".format(5))
print(format("ü", "^5"), format("日本", "*^6"), len(format("😀", "<3")))
