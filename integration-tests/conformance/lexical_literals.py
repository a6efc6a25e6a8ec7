# literal forms: numeric underscores/bases/exponents/imaginary, string prefixes and escapes, implicit concatenation, line continuation
print(1_000_000, 0x_FF, 0o7_7, 0b_1010, 1_0.5e1_0, 0_0, 00, 1e-3, 1E+3, .5, 5., 0j, 1_0j, 1.5J, 0xdead_beef)
print("tab\there", r"raw\tstr", b"bytes\x00", rb"raw\bytes", Rb"x\n", "\N{BULLET}", "\101\x42\u0043\U00000044", "\0", "a\
b")
print('single' "double" '''triple''' """triple2""", f"f{1}" "plain{1}" rf"{2}\n", len("""line1
line2"""))
print("\a\b\f\v".encode(), "\777"[0] == "\u01ff" if False else "skip", "\q" if False else "skip2")
x = 1 + \
    2
y = (1 +
     2)
print(x, y, [1,
             2,
             ], {"k":
                 "v"})
if True: a = 1; b = 2; print(a + b)
print(0xFF == 255, 0o17 == 15, 0b11 == 3, 1e2 == 100, 2j * 2j, 1_000 == 1000, 0.1e1 == 1)
print(type(1e0).__name__, type(1j).__name__, type(0x10).__name__, 123456789012345678901234567890, -0x8000000000000000)
print(u"unicode prefix", U"too", B"upper b", F"upper f {x}", BR"br", "é" == "\u00e9", "\x7f", "\u2603")
