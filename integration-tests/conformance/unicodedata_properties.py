# unicodedata's per-character properties (UCD 14.0.0 as CPython 3.11), normalization, and errors.
import unicodedata as u
from collections import Counter

print(u.unidata_version)
for ch in "a", "A", "1", " ", "\u00e9", "\u0301", "\u4e00", "\uff21", "\uff71", "(", "\u05d0", "\U0001f600", "\U00020000":
    print(ascii(ch), u.east_asian_width(ch), u.category(ch), ascii(u.bidirectional(ch)), u.combining(ch), u.mirrored(ch))

sample = Counter()
for cp in range(0, 0x110000, 37):
    ch = chr(cp)
    sample[(u.east_asian_width(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.mirrored(ch))] += 1
for key, n in sorted(sample.items()):
    print(key, n)

s = "Cafe\u0301 \ufb01 \u212b \u2460"
for form in "NFC", "NFD", "NFKC", "NFKD":
    print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s))

for call in (lambda: u.category(5), lambda: u.category("ab"), lambda: u.category(),
             lambda: u.east_asian_width(""), lambda: u.normalize("NFX", "a"), lambda: u.normalize("NFC", 5),
             lambda: u.normalize(5, "a"), lambda: u.is_normalized("NFC")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
