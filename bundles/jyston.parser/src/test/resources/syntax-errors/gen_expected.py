#!/usr/bin/env python3
"""Writes expected.txt: what CPython raises for each NNN-*.py program of this corpus.
    cd bundles/jyston.parser/src/test/resources/syntax-errors && python3 gen_expected.py
One line per file, tab-separated: file, level, type, msg, lineno, offset, end_lineno, end_offset
(msg with backslash escapes for \\, \\t, \\n). level is "parser" when ast.parse() raises too, or
"compiler" when only compile() does (symbol table / code generator errors: the parser tests skip those).
Files that CPython compiles without error are reported and left out."""
import ast, glob, os, sys

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

here = os.path.dirname(os.path.abspath(__file__))
lines = ['# produced by CPython %s with gen_expected.py' % sys.version.split()[0]]
for path in sorted(glob.glob(os.path.join(here, '[0-9][0-9][0-9]-*.py'))):
    name = os.path.basename(path)
    src = open(path, 'rb').read()
    try:
        compile(src, name, 'exec')
        print('compiles without error:', name)
        continue
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        err = e
    try:
        ast.parse(src)
        level = 'compiler'
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        level = 'parser'
    f = [getattr(err, a, None) for a in ('lineno', 'offset', 'end_lineno', 'end_offset')]
    msg = err.msg if isinstance(err, SyntaxError) else str(err)
    lines.append('\t'.join([name, level, type(err).__name__, esc(msg)] + [str(x) for x in f]))
with open(os.path.join(here, 'expected.txt'), 'w', encoding='utf-8') as out:
    out.write('\n'.join(lines) + '\n')
print(len(lines) - 1, 'entries')
