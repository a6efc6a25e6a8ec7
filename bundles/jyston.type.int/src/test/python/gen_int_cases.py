"""Writes src/test/resources/int_cases.txt: int/bool behaviour as CPython 3.11 computes it.

Run with CPython 3.11 from the bundle directory:  python3 src/test/python/gen_int_cases.py
Each line: op <TAB> operand... <TAB> expected. Values: i:<int> (h:<hex int> when huge), b:True/False, f:<float repr>,
s:<text> (a str of printable ASCII), u:<code points in hex, comma-separated> (any str), T<v>;<v> (a 2-tuple), E<ExcType>:<str(exc)>.
"""
import operator
import random
import sys

OUT = "src/test/resources/int_cases.txt"

def enc(v):
    if isinstance(v, bool):
        return "b:%r" % v
    if isinstance(v, int):
        return "i:%d" % v if v.bit_length() < 13000 else "h:%x" % v
    if isinstance(v, float):
        return "f:%r" % v
    if isinstance(v, str):
        if all(" " <= c <= "~" and c != "\\" for c in v):
            return "s:" + v
        return "u:" + ",".join("%x" % ord(c) for c in v)
    if isinstance(v, tuple):
        return "T" + ";".join(enc(x) for x in v)
    raise TypeError(type(v))

def run(fn, *args):
    try:
        return enc(fn(*args))
    except Exception as e:
        return "E%s:%s" % (type(e).__name__, e)

ints = [0, 1, -1, 2, -2, 3, -3, 5, 7, -7, 10, 63, 64, 65, -100, 2**31, 2**53 - 1, 2**53, 2**53 + 1,
        -(2**53) - 1, 2**62, 2**63 - 2, 2**63 - 1, -(2**63), -(2**63) + 1, 2**63, -(2**63) - 1, 2**64,
        -(2**64), 10**19, 3**40, -(3**40), 10**30 + 7, 2**100, -(2**100) + 3, True, False]
huge = [2**1024 - 2**970, -(2**1024) + 2**971, -(10**320)]
small = [0, 1, -1, 2, -7, 64, 2**63 - 1, -(2**63), 2**63, 10**30 + 7, True]

binops = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "divmod": divmod, "pow": operator.pow,
    "lshift": operator.lshift, "rshift": operator.rshift, "and": operator.and_, "or": operator.or_,
    "xor": operator.xor, "lt": operator.lt, "le": operator.le, "eq": operator.eq, "ne": operator.ne,
    "gt": operator.gt, "ge": operator.ge,
}
unops = {"neg": operator.neg, "pos": operator.pos, "abs": abs, "invert": operator.invert, "bool": bool,
         "hash": hash, "index": operator.index, "int": int, "float": float, "repr": repr}

lines = []
for a in ints + huge:
    for name, fn in unops.items():
        lines.append("%s\t%s\t%s" % (name, enc(a), run(fn, a)))
for a in ints:
    for b in ints:
        for name, fn in binops.items():
            if name == "pow" and b > 0 and abs(a) > 1 and b * a.bit_length() > 1500:
                continue
            if name == "lshift" and b > 3000 and a != 0:
                continue
            lines.append("%s\t%s\t%s\t%s" % (name, enc(a), enc(b), run(fn, a, b)))

for a in huge:
    for b in small + huge:
        for x, y in ((a, b), (b, a)):
            for name, fn in binops.items():
                if name in ("pow", "lshift") and y not in (0, 1, -1, 2, True) and x not in (0, 1, -1, True):
                    continue
                lines.append("%s\t%s\t%s\t%s" % (name, enc(x), enc(y), run(fn, x, y)))

# shifts and powers with huge counts
for a, b in [(1, 2**63), (1, 2**70), (1, 2**65), (0, 2**70), (-1, 2**70), (5, 2**70), (-5, 2**70), (1, -(2**70))]:
    lines.append("lshift\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.lshift, a, b)))
    lines.append("rshift\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.rshift, a, b)))
for a, b in [(0, 10**30), (1, 10**30), (-1, 10**30), (-1, 10**30 + 1), (0, -(10**320)), (2, -(10**320)),
             (3, -5), (-3, -5), (7, -300), (-2, -1075), (2, -1074), (10, -400), (2**1023, -1)]:
    lines.append("pow\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.pow, a, b)))

# random operands of mixed sizes: arithmetic and correctly rounded true division
rnd = random.Random(20240611)
def rint():
    bits = rnd.choice([3, 20, 62, 63, 64, 65, 100, 200])
    v = rnd.getrandbits(bits)
    return -v if rnd.random() < 0.5 else v
for _ in range(700):
    a, b = rint(), rint()
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "and", "or", "xor", "lt", "eq"):
        lines.append("%s\t%s\t%s\t%s" % (name, enc(a), enc(b), run(binops[name], a, b)))
for _ in range(800):
    # ratios near rounding boundaries
    q = rnd.getrandbits(rnd.choice([53, 54, 55, 60]))
    b = rnd.getrandbits(rnd.choice([10, 64, 100, 200])) | 1
    a = q * b + rnd.choice([0, 1, -1, b // 2, b // 2 + 1, b - 1])
    shift = rnd.choice([0, 0, 0, 400, 960])
    a <<= shift
    lines.append("truediv\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.truediv, a, b)))
    lines.append("truediv\t%s\t%s\t%s" % (enc(b), enc(a), run(operator.truediv, b, a)))
    lines.append("float\t%s\t%s" % (enc(a), run(float, a)))
for _ in range(300):
    a = rint()
    for name in ("hash", "repr", "float", "invert", "neg"):
        lines.append("%s\t%s\t%s" % (name, enc(a), run(unops[name], a)))
for _ in range(300):
    a, b = rnd.randrange(-2**40, 2**40), rnd.randrange(0, 40)
    lines.append("pow\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.pow, a, b)))
    lines.append("lshift\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.lshift, a, b)))
    lines.append("rshift\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.rshift, a, b)))

# the str conversion limit
for a in (10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14300):
    lines.append("repr\t%s\t%s" % (enc(a), run(repr, a)))

# int(...) and bool(...)
strs = ["0", "-0", "+7", " 12 ", "\t-12\n", "1_000", "1__0", "_1", "1_", "", " ", "abc", "12a", "0x1f", "0X1F",
        "0o17", "0b101", "0b", "0x", "0_0", "010", "00", "0_7", "1 2", "+", "-", "+-1", "\u00a012\u2003",
        "\x1c12", "\x851", "\u200b1", "\uff11\uff12", "\u0663", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "a'b", "a\nb",
        "x" * 300, "\u00e9" * 250, "z", "Z", "zz", "  -0x_1f  ", "0x_", "0b_1", "1e5", "1.5", "\x00", "1\x00",
        "1" * 4300, "1" * 4301, "1" * 4301 + "x", "1" * 4301 + "_", "1" * 4400 + " ", "-" + "1" * 4301]
bases = [None, 0, 2, 8, 10, 16, 36]
for s in strs:
    for base in bases:
        if base is None:
            lines.append("int1\t%s\t%s" % (enc(s), run(int, s)))
        else:
            lines.append("int2\t%s\t%s\t%s" % (enc(s), enc(base), run(int, s, base)))
for s in ["1" * 5000, "f" * 5000]:
    lines.append("int2\t%s\t%s\t%s" % (enc(s), enc(16), run(int, s, 16)))
for s, base in [("12", 1), ("12", 37), ("12", -1), ("12", 2**100), ("12", True), ("12", False), ("11", 3)]:
    lines.append("int2\t%s\t%s\t%s" % (enc(s), enc(base), run(int, s, base)))
for x in [0, -5, 2**70, True, False, 3.99, -3.99, 1e300, -0.0, float("inf"), float("-inf"), float("nan"),
          2.0**63, -(2.0**63), 9.2e18, 1e19, -1e19]:
    lines.append("int1\t%s\t%s" % (enc(x), run(int, x)))
for x in [1.5, 7]:
    lines.append("int2\t%s\t%s\t%s" % (enc(x), enc(10), run(int, x, 10)))
    lines.append("int2\t%s\t%s\t%s" % (enc(x), enc(1), run(int, x, 1)))
for x in [0, 1, -1, 2**70, True, False, 0.0, -0.0, 0.5, float("nan"), "", "a"]:
    lines.append("bool1\t%s\t%s" % (enc(x), run(bool, x)))

with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Generated by src/test/python/gen_int_cases.py with CPython %s; do not edit.\n"
            % sys.version.split()[0])
    for line in lines:
        f.write(line + "\n")
print(len(lines), "cases")
