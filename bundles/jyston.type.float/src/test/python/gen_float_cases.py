"""Writes src/test/resources/float_cases.txt and float_repr.txt: float behaviour as CPython 3.11 computes it.

Run with CPython 3.11 from the bundle directory:  python3 src/test/python/gen_float_cases.py
float_cases.txt lines: op <TAB> operand... <TAB> expected. Values: i:<int>, b:True/False, f:<float repr>,
s:<text> (a str of printable ASCII), u:<code points in hex, comma-separated> (any str), T<v>;<v> (a 2-tuple),
E<ExcType>:<str(exc)>, X:complex (CPython gives a complex; Jyston has none yet and must raise TypeError).
float_repr.txt lines: <the double's bits in hex> <TAB> repr(x) <TAB> hash(x).
"""
import math
import operator
import random
import struct
import sys

def enc(v):
    if isinstance(v, bool):
        return "b:%r" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%r" % v
    if isinstance(v, complex):
        return "X:complex"
    if isinstance(v, str):
        if all(" " <= c <= "~" and c != "\\" for c in v):
            return "s:" + v
        return "u:" + ",".join("%x" % ord(c) for c in v)
    if isinstance(v, tuple):
        return "T" + ";".join(enc(x) for x in v)
    raise TypeError(type(v))

def run(fn, *args):
    if fn is operator.pow and isinstance(args[0], (int, float)) and isinstance(args[1], float):
        x, y = float(args[0]) if abs(args[0]) < 2**1000 else 0.0, args[1]
        if x < 0 and math.isfinite(y) and y != math.floor(y):
            return "X:complex"
    try:
        return enc(fn(*args))
    except Exception as e:
        return "E%s:%s" % (type(e).__name__, e)

inf, nan = float("inf"), float("nan")
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -1.5, 2.0, 3.0, -3.0, 0.1, 0.3, 7.0, -7.0, 2.5, 1e16, 1e22, 1e300, -1e300,
          5e-324, 1e-310, 123456789.123, 2.0**53, 2.0**53 + 2, 2.0**63, -(2.0**63), 9.2e18, 1.7976931348623157e308,
          1e-5, inf, -inf, nan]
ints = [0, 1, -1, 2, 3, -3, 7, 2**53 + 1, 2**63 - 1, -(2**63), 2**63, 10**20, 10**320, True, False]

binops = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "divmod": divmod, "pow": operator.pow,
    "lt": operator.lt, "le": operator.le, "eq": operator.eq, "ne": operator.ne, "gt": operator.gt,
    "ge": operator.ge,
}
unops = {"neg": operator.neg, "pos": operator.pos, "abs": abs, "bool": bool, "hash": hash, "int": int,
         "float": float, "repr": repr}

lines = []
for a in floats:
    for name, fn in unops.items():
        if name == "hash" and a != a:
            continue  # identity-based in 3.11
        lines.append("%s\t%s\t%s" % (name, enc(a), run(fn, a)))
for a in floats + ints:
    for b in floats + ints:
        if not (isinstance(a, float) or isinstance(b, float)):
            continue
        for name, fn in binops.items():
            lines.append("%s\t%s\t%s\t%s" % (name, enc(a), enc(b), run(fn, a, b)))

rnd = random.Random(31337)
def rfloat():
    k = rnd.random()
    if k < 0.3:
        return rnd.uniform(-1000, 1000)
    if k < 0.5:
        return float(rnd.randrange(-100, 100)) / rnd.choice([1, 2, 4, 10, 3])
    if k < 0.7:
        return rnd.uniform(-1, 1) * 10.0 ** rnd.randrange(-30, 30)
    x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    return x if x == x else 1.0
for _ in range(2000):
    a, b = rfloat(), rfloat()
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "lt", "eq"):
        lines.append("%s\t%s\t%s\t%s" % (name, enc(a), enc(b), run(binops[name], a, b)))
# powers: integral exponents (computed exactly) and general ones
for _ in range(3000):
    a = rnd.choice([rnd.uniform(0, 10), rnd.uniform(-10, 10), rnd.uniform(0.9, 1.1), float(rnd.randrange(-20, 20)),
                    rnd.uniform(0, 1) * 10.0 ** rnd.randrange(-300, 300)])
    b = rnd.choice([float(rnd.randrange(-60, 60)), float(rnd.randrange(-1200, 1200)), rnd.uniform(-5, 5),
                    rnd.randrange(-40, 40), 0.5, -0.5, 1 / 3])
    lines.append("pow\t%s\t%s\t%s" % (enc(a), enc(b), run(operator.pow, a, b)))
# comparisons of floats with ints near them
for _ in range(800):
    i = rnd.choice([rnd.getrandbits(60), rnd.getrandbits(64), rnd.getrandbits(70), rnd.getrandbits(200),
                    rnd.getrandbits(1100) if rnd.random() < 0.1 else 3])
    i = -i if rnd.random() < 0.5 else i
    try:
        f = float(i)
    except OverflowError:
        f = inf
    f = rnd.choice([f, math.nextafter(f, inf), math.nextafter(f, -inf), f + 0.5])
    for name in ("lt", "le", "eq", "ne", "gt", "ge"):
        lines.append("%s\t%s\t%s\t%s" % (name, enc(f), enc(i), run(binops[name], f, i)))
        lines.append("%s\t%s\t%s\t%s" % (name, enc(i), enc(f), run(binops[name], i, f)))
    lines.append("add\t%s\t%s\t%s" % (enc(f), enc(i), run(operator.add, f, i)))

# float(...)
strs = ["0", "-0", "1.5", " 1.5 ", "\t-2.5e-3\n", "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0",
        "1_e10", "1e_10", "1e5_", "1.e5", ".e5", "1.", ".5", ".", "-.5e-3", "1e", "e1", "+-1", "- 1", "", " ", "abc",
        "inf", "-inf", "+inf", "infinity", "-Infinity", "iNF", "infinit", "i nf", "nan", "-nan", "+NaN", "nan(1)",
        "0x10", "1e500", "-1e500", "1e-400", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
        "1" * 400, "0." + "0" * 400 + "1", "1.7976931348623157e308", "1.7976931348623159e308", "00.5", "0_1",
        "\u00a01.5\u2003", "\x1c1", "\x851", "\u0661.\u0665", "\uff11.5", "1.5\x00", "\x0b1.5\x0c", "x" * 300,
        "a'b", "9007199254740993", "0.1e99999999999", "1e-99999999999", "123456789012345678901234567890e-10"]
for s in strs:
    lines.append("float1\t%s\t%s" % (enc(s), run(float, s)))
for x in [0, -5, 2**53 + 1, 2**1023 * 2 - 2**970, 2**1024 - 2**970, 2**1024, 10**400, True, False, 1.5, -0.0, nan]:
    lines.append("float1\t%s\t%s" % (enc(x), run(float, x)))

with open("src/test/resources/float_cases.txt", "w", encoding="utf-8") as f:
    f.write("# Generated by src/test/python/gen_float_cases.py with CPython %s; do not edit.\n"
            % sys.version.split()[0])
    for line in lines:
        f.write(line + "\n")
print(len(lines), "cases")

# repr and hash over many doubles
vals = [0.1, 0.2, 0.3, 1.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 123456789012345678.0,
        1.2345678901234567e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.0**-1022, 1e23,
        8.41e21, 5.0e-324 * 3, 9007199254740993.0, 0.30000000000000004, 100.0, 1e100, 2.0**63, 4.35, 2.675]
for k in range(-30, 30):
    vals.append(10.0 ** k)
    vals.append(2.0 ** (k * 35))
while len(vals) < 4000:
    r = rnd.random()
    if r < 0.5:
        x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    elif r < 0.7:
        x = rnd.random() * 10.0 ** rnd.randrange(-20, 25)
    elif r < 0.85:
        x = round(rnd.uniform(-1e6, 1e6), rnd.randrange(0, 8))
    else:
        x = math.ldexp(1.0, rnd.randrange(-1074, 1024)) * rnd.choice([1, -1])
    if math.isfinite(x):
        vals.append(x)
        vals.append(-x)
with open("src/test/resources/float_repr.txt", "w", encoding="utf-8") as f:
    f.write("# Generated by src/test/python/gen_float_cases.py with CPython %s; do not edit.\n"
            % sys.version.split()[0])
    for x in vals:
        f.write("%016x\t%r\t%d\n" % (struct.unpack("<Q", struct.pack("<d", x))[0], x, hash(x)))
print(len(vals), "reprs")
