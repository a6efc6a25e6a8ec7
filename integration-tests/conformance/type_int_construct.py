# What CPython's test_int checks of int(): bases, signs, white space, underscores, Unicode digits,
# keyword arguments, __int__/__index__ protocols, bytes arguments and the error messages.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


for src in ['int(314)', 'int(3.14)', 'int(-3.14)', 'int(3.9)', 'int(-3.9)', 'int(3.5)', 'int(-3.5)',
            'int("-3")', 'int(" -3 ")', 'int("\\N{EM SPACE}-3\\N{EN SPACE}")', 'int("10", 16)', 'int("10", 2)',
            'int("0x123", 16)', 'int("0b100", 0)', 'int("0o777", 0)', 'int("0x1F", 0)', 'int("010", 0)',
            'int("0", 0)', 'int("000", 0)', 'int("z", 36)', 'int("Z", 36)', 'int("1" * 60)', 'int("-" + "9" * 40)',
            'int("+-1")', 'int("-+1")', 'int("- 1")', 'int("+ 1")', 'int(" + 1 ")', 'int("")', 'int(" ")',
            'int("1.2")', 'int("1e3")', 'int("0x", 16)', 'int("0b", 0)',
            'int("1_000")', 'int("1__000")', 'int("_1")', 'int("1_")', 'int("0_7", 0)', 'int("0x_f", 0)',
            'int("१२३४५६७८९०1234567890")', 'int("\\uff11\\uff12")',
            'int()', 'int(x=1.2)', 'int("100", base=2)', 'int("0", 1)', 'int("0", 37)', 'int("0", -909)',
            'int("0", 5.5)', 'int("0", 2**100)', 'int(5, 10)', 'int(5.0, 10)',
            'int(None)', 'int([])', 'int(1j)', 'int(float("nan"))', 'int(float("inf"))', 'int(-float("inf"))',
            'int("\\x00")', 'int("123\\x00")', 'int("abc")', 'int("1" * 5 + "x")', 'int(True)', 'int(False)',
            'int("  0b1010  ", 0)', 'int("0B1010", 0)', 'int("0O17", 0)', 'int("0X1a", 0)', 'int("1010", base=0b10)']:
    t(src)


class WithInt:
    def __int__(self):
        return 42


class WithIndex:
    def __index__(self):
        return 7


class BadInt:
    def __int__(self):
        return "x"


class BadIndex:
    def __index__(self):
        return 1.5


class IntSub(int):
    pass


for src in ['int(WithInt())', 'int(WithIndex())', 'int(BadInt())', 'int(BadIndex())', 'type(int(IntSub(5)))',
            'int(IntSub(5))', 'int("10", WithIndex())',
            'int(b"42")', 'int(bytearray(b"-17"))', 'int(b"ff", 16)', 'int(b"x")', 'int(memoryview(b"12"))',
            'int(memoryview(b"123")[1:2])', 'int(memoryview(b"x"))', 'int(memoryview(b"12"), 16)',
            'float(memoryview(b"1.5"))']:
    t(src)
print(int(2**100) == 2**100, int("-0") == 0, -int("0"), isinstance(int(IntSub(3)), int))
