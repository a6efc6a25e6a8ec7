# Shared by the gen_*.py scripts: evaluates each case with CPython 3.11 and writes the TSV the Java
# test reads. A case is statements separated by '; ' whose last one is an expression; the row holds
# the repr of its value, or !Type: message when CPython raised.
import os, sys

assert sys.version_info[:2] == (3, 11), sys.version


def run(src):
    parts = src.split('; ')
    env = {}
    for stmt in parts[:-1]:
        exec(stmt, env)
    return eval(parts[-1], env)


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def write(out, cases, script):
    rows = []
    for src in cases:
        try:
            v = repr(run(src))
        except Exception as e:
            v = '!' + type(e).__name__ + ': ' + str(e)
        rows.append((src, v))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Produced by CPython %s with src/test/python/%s. Do not edit.\n' % (sys.version.split()[0], script))
        f.write('# expression<TAB>repr of its value, or !Type: message when CPython raised.\n')
        for src, v in rows:
            f.write(esc(src) + '\t' + esc(v) + '\n')
    print(len(rows), 'rows ->', out)
