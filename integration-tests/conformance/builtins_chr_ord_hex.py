# chr, ord, hex, oct, bin, int() with bases and prefixes, abs.
print(chr(65), chr(0x1F600) == "\U0001F600", chr(0), ord("a"), ord("€"), ord("\n"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("  42  "))
print(int("1_000"), int("-12"), int("+7"), int(" -0 "), int("101", 2), int(3.99), int(-3.99), int(True))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 100))
for src in ["chr(0x110000)", "chr('a')", "ord('')", "ord(5)", "hex(1.0)", "int('0x1f')", "int('12', 1)",
            "int('12', 37)", "int('', 10)", "int('1__0')", "int(5, 10)", "int('9', 8)", "int('_1')",
            "int('0b2', 0)", "int('010', 0)"]:
    try:
        print(src, "->", eval(src))
    except (TypeError, ValueError, OverflowError) as e:
        print(src, "->", type(e).__name__, e)
print(int("007"), int("0", 0), int("00", 0))
