#!/usr/bin/env python3
"""Writes expected.txt: what CPython's compile() does with deeply nested programs.
    cd bundles/jyston.parser/src/test/resources/deep-nesting && python3 gen_expected.py
Each program is OPEN * n + MIDDLE + CLOSE * n; a line is: open, middle, close, n, outcome (tab-separated,
backslash escapes), where outcome is "ok" or "Type: message" (SyntaxErrors with their location).
compile() is called from module level of a fresh python3 (a RecursionError can change later results)."""
import subprocess, sys, tempfile

CHILD = r'''
import sys
src = open(sys.argv[1], encoding='utf-8').read()
try:
    compile(src, '<deep>', 'exec')
    r = 'ok'
except SyntaxError as e:
    r = '%s: %s (%s, %s, %s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
except (MemoryError, RecursionError) as e:
    r = '%s: %s' % (type(e).__name__, e)
print(r)
'''

CASES = [
    ('(', '1', ')', 100000), ('(', '1', ')', 199), ('[', '1', ']', 200), ('{', '1', '}', 201),
    ('-', '1', '', 100000), ('-', '1', '', 5000), ('-', '1', '', 2992), ('-', '1', '', 2993), ('-', '1', '', 5969),
    ('-', '1', '', 5970), ('~', '1', '', 3000), ('not ', 'x', '', 100000), ('not ', 'x', '', 1000),
    ('', 'a', '.a', 100000), ('', 'a', '.a', 2000), ('', 'a', '[0]', 100000), ('', 'f', '()', 100000),
    ('', '1', '+1', 100000), ('', '1', '*1', 2993), ('', '1', '*1', 2992), ('2**', '2', '', 100000),
    ('2**', '2', '', 1000), ('lambda: ', '1', '', 5000), ('lambda: ', '1', '', 100),
    ('1 if 1 else ', '1', '', 5000), ('await ', 'x', '', 5000), ('x = ', '1', '', 100000),
    ('f(', 'x', ')', 150), ('-(', '1', ')', 150),
]

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

out = ['# produced by CPython %s with gen_expected.py' % sys.version.split()[0]]
for o, m, c, n in CASES:
    src = o * n + m + c * n
    with tempfile.NamedTemporaryFile('w', suffix='.py', encoding='utf-8') as f:
        f.write(src)
        f.flush()
        r = subprocess.run([sys.executable, '-c', CHILD, f.name], capture_output=True, text=True).stdout.strip()
    out.append('\t'.join([esc(o), esc(m), esc(c), str(n), r]))
with open('expected.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
