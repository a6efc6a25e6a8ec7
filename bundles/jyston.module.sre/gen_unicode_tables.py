"""Writes src/main/resources/org/jyston/modules/sre/impl/unicode.bin from the running CPython 3.11.

The _sre module answers case and character-class questions exactly as CPython's Unicode database
does (which can be a newer or older Unicode version than the JVM's). The file holds, as big-endian
32-bit ints:
  n, then n triples (code point, _PyUnicode_ToLowercase, _PyUnicode_ToUppercase) for code points
     where either differs from the code point itself;
  then for each property (isalnum, isdecimal, isspace, islinebreak) m, then m pairs (start, stop)
     of half-open ranges of code points that have it.
Run: python3 gen_unicode_tables.py (from this directory).
"""
import _sre
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

out = []
cases = []
for c in range(0x110000):
    lo = _sre.unicode_tolower(c)
    s = chr(c).upper()
    up = ord(s[0]) if s else c
    if lo != c or up != c:
        cases.append((c, lo, up))
out.append(struct.pack('>i', len(cases)))
for t in cases:
    out.append(struct.pack('>iii', *t))

LINEBREAKS = set(ord(ch) for ch in '\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029')
props = [str.isalnum, str.isdecimal, str.isspace, None]
for prop in props:
    ranges = []
    start = None
    for c in range(0x110001):
        has = c < 0x110000 and (c in LINEBREAKS if prop is None else prop(chr(c)))
        if has and start is None:
            start = c
        elif not has and start is not None:
            ranges.append((start, c))
            start = None
    out.append(struct.pack('>i', len(ranges)))
    for r in ranges:
        out.append(struct.pack('>ii', *r))

with open('src/main/resources/org/jyston/modules/sre/impl/unicode.bin', 'wb') as f:
    f.write(b''.join(out))
print(len(cases), 'case entries')
