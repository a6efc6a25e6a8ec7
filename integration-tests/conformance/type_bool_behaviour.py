# What CPython's test_bool checks: bool cannot be subclassed, repr/str, arithmetic yields ints,
# conversions, keyword arguments, __bool__ and __len__ results, bool.from_bytes, real/imag.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


try:
    class C(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
for src in ['repr(True)', 'str(False)', 'int(True)', 'float(False)', 'complex(True)', 'True + 1', 'True + True',
            'True - False', 'True * 3', 'True / 2', 'True // 2', 'True % 2', 'True ** 5', '-True', '+True',
            'abs(False)', '~True', '~False', 'True & 1', 'True | 0', 'True ^ True', 'True & False', 'type(True & 1)',
            'type(True | False)', 'True << 3', 'divmod(True, 2)', 'bool(x=10)', 'bool(10)', 'bool("")', 'bool([0])',
            'bool()', 'bool(0.0)', 'bool(0j)', 'format(True, "d")', 'format(False, "")', 'f"{True:>6}"', '"%d" % True',
            '"%s" % True', 'hasattr(True, "real")', 'callable(True)', 'isinstance(True, int)', 'issubclass(bool, int)',
            'issubclass(int, bool)', '1 in [True]', 'True in [1]', '"xyz".endswith("z") is True', '[1] == [True]',
            'True == 1', 'hash(True) == hash(1)', 'True is (not False)', 'not True', 'True and 5', 'False or []',
            'bool.from_bytes(b"\\x00" * 8, "big")', 'bool.from_bytes(b"abcd", "little")', 'True.real', 'True.imag',
            'True.numerator', 'True.denominator', 'True.conjugate()', 'type(True.real)', 'bool.__new__(bool, 1)',
            'bool.__new__(bool)', 'True.bit_length()', 'True.to_bytes(1, "big")', 'int.__add__(True, True)',
            'max(True, 0.5)', 'sum([True, True, True])', 'sorted([True, False, 2, -1])', '{True: "a", 1: "b"}',
            'True.__class__', 'bool(NotImplemented)' if False else 'bool(None)', 'bool(...)']:
    t(src)


class BadBool:
    def __bool__(self):
        return 1


class NoneBool:
    __bool__ = None


class NegLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2 ** 100


class Counting:
    calls = 0

    def __bool__(self):
        Counting.calls += 1
        return True


for src in ['bool(BadBool())', 'bool(NoneBool())', 'bool(NegLen())', 'bool(BigLen())', 'not BadBool()']:
    t(src)
c = Counting()
if c:
    pass
print(bool(c), Counting.calls)
