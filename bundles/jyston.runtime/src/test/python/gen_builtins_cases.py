"""Writes ../resources/builtins_cases.txt: expected results of round, pow and of argument handling,
computed by CPython 3.11 (the oracle). Run: python3 gen_builtins_cases.py

Rows are tab-separated: kind, operands..., expected. Floats are written with float.hex so that they
travel exactly; an expected error is written as !Type: message.
"""
import itertools
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version
random.seed(311)
rows = []


def fhex(x):
    return x.hex() if x == x and abs(x) != float('inf') else repr(x)


def outcome(f):
    try:
        r = f()
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)
    if isinstance(r, float):
        return fhex(r)
    return repr(r)


# round(float[, ndigits])
floats = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1234.5678, -0.0, -0.001, 1e300, 1e-300,
          5e-324, 1.7976931348623157e308, 1e16 + 1.0, 1.23456789e20, 0.1 + 0.2, 123456.5, 2.5e-8,
          float('inf'), float('-inf'), float('nan'), 9.995, 1.005, 0.045, 4.35, 2**52 + 0.5]
floats += [random.uniform(-1e6, 1e6) for _ in range(60)]
floats += [random.uniform(-1, 1) * 10 ** random.randint(-320, 308) for _ in range(60)]
digits = [None, 0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, -300, -308, -309, 300, 305, 322, 323, 324, 400]
for x in floats:
    for n in digits:
        rows.append(('round_float', fhex(x), repr(n), outcome(lambda: round(x, n))))

# round(int, ndigits)
ints = [0, 5, 15, 25, -25, 35, 123, -123, 149, 150, 250, 2**70 + 5, -(2**70) - 5, 10**30 + 5 * 10**9,
        999999999999999999, -5, 2**63 - 1, -(2**63)]
for x in ints:
    for n in [0, 1, -1, -2, -3, -10, -19, -20, -40]:
        rows.append(('round_int', str(x), str(n), outcome(lambda: round(x, n))))

# pow(base, exp, mod) for ints
cases = [(2, 10, 1000), (3, 4, 5), (-3, 5, 7), (3, 2, -7), (3, -2, -7), (2, 3, 1), (2, 0, -1), (2, 0, 1),
         (0, 0, 7), (2, -1, 4), (2, 3, 0), (38, -1, 97), (10, -1, 2**64 + 1), (2, 10**20, 10**9 + 7),
         (-7, -3, 11), (6, -1, 9), (2**100, 2**100, 2**61 - 1), (5, -1, -1), (0, -1, 5)]
for _ in range(40):
    m = random.choice([1, -1]) * random.randint(2, 10**random.randint(1, 30))
    cases.append((random.randint(-10**25, 10**25), random.randint(-50, 10**6), m))
for b, e, m in cases:
    rows.append(('powmod', str(b), str(e), str(m), outcome(lambda: pow(b, e, m))))

# argument handling: positional count and keyword names, values all ints
kwsets = [(), ('base',), ('exp',), ('mod',), ('x',), ('number',), ('ndigits',), ('start',),
          ('iterable',), ('key',), ('default',), ('base', 'exp'), ('exp', 'mod'), ('key', 'default'),
          ('default', 'x')]
funcs = {'pow': pow, 'round': round, 'sum': sum}
for name, f in funcs.items():
    for npos in range(0, 4):
        for kws in kwsets:
            pos = [[1]] + [2] * (npos - 1) if name == 'sum' and npos else [2] * npos
            kw = {k: (None if k == 'ndigits' else 2) for k in kws}
            rows.append(('args_' + name, str(npos), ','.join(kws), outcome(lambda: f(*pos, **kw))))

# min and max with several positional arguments (ints 1..n) and keywords
for name, f in (('min', min), ('max', max)):
    for npos in (0, 2, 3):
        for kws in [(), ('key',), ('default',), ('x',), ('key', 'default'), ('default', 'x')]:
            kw = {k: None for k in kws}
            rows.append(('minmax_' + name, str(npos), ','.join(kws),
                         outcome(lambda: f(*range(1, npos + 1), **kw))))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'resources', 'builtins_cases.txt'), 'w') as out:
    for r in rows:
        out.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
