# What CPython's test_float checks: float() of strings (white space, underscores, inf/nan spellings),
# protocols, is_integer, as_integer_ratio, containment of nan, mod/pow corners, hashes, repr, round.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


for src in ['float(3.14)', 'float(314)', 'float(314 ** 30)', 'float("  3.14  ")', 'float("  \\u0663.\\u0661\\u0664  ")',
            'float("1_0.5")', 'float("1__0.5")', 'float("_1.0")', 'float("1.0_")', 'float("1e1_0")',
            'float("inf")', 'float("-Infinity")', 'float("+nan")', 'float("-NaN")', 'float("infinit")',
            'float("1e500")', 'float("-1e500")', 'float("1e-500")', 'float(".5")', 'float("5.")', 'float(".")',
            'float("e5")', 'float("1e")', 'float("0x1p0")', 'float("1,5")', 'float("")', 'float("\\x00")',
            'float(x="3.14")', 'float()', 'float(None)', 'float([])', 'float(2**1024)', 'float(True)',
            '(3.0).is_integer()', '(3.5).is_integer()', 'float("inf").is_integer()', 'float("nan").is_integer()',
            '(0.0).as_integer_ratio()', '(2.5).as_integer_ratio()', '(-0.875).as_integer_ratio()',
            '(1e-320).as_integer_ratio()[0]', 'float("nan") in [float("nan")]', 'float("nan") == float("nan")',
            '5.5 % 2', '-5.5 % 2', '5.5 % -2', '-0.0 % 1.0', '0.0 % -1.0', '1.0 % 0.0', '5.0 // 0.0',
            'divmod(-7.5, 2)', '(-8.0) ** 0.5', '0.0 ** -1', '2.0 ** 1024', '(-2.0) ** 3', '1.0 ** float("nan")',
            'float("nan") ** 0', 'hash(1.0) == hash(1)', 'hash(0.5)', 'hash(-0.0)', 'hash(float("inf"))',
            'hash(1e100) == hash(int(1e100))', 'repr(0.1)', 'repr(1e16)', 'repr(1e-5)', 'repr(123456789012345678.0)',
            'repr(-0.0)', 'str(1e300 * 1e10)', 'repr(2.0 ** 0.5)', 'round(2.5)', 'round(3.5)', 'round(-2.5)',
            'round(2.675, 2)', 'round(1.5, None)', 'round(1e300, -300)', 'round(123.456, -1)', 'round(0.5, 400)',
            'round(float("inf"))', 'round(float("nan"), 2)', 'round(1.0, 2.5)', 'float.fromhex((3.14).hex()) == 3.14',
            'format(1.5, ".3f")', 'format(1e20, "g")', 'format(float("inf"), "08.2f")', 'format(-0.0, "+.1f")']:
    t(src)


class F(float):
    pass


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 3


class BadFloat:
    def __float__(self):
        return 1


for src in ['float(WithFloat())', 'float(WithIndex())', 'float(BadFloat())', 'type(float(F(1.5)))', 'F(2.5) + 1',
            'type(F(2.5) + 1)', 'F("1.5")', 'repr(F(0.1))']:
    t(src)
