# Generates ../resources/org/jyston/type/exception/impl/group_cases.tsv with CPython 3.11:
# BaseExceptionGroup.split, subgroup and derive, and what split copies to the groups it makes.
# Run: python3 gen_group_cases.py
import os, sys

assert sys.version_info[:2] == (3, 11), sys.version
OUT = os.path.join(os.path.dirname(__file__), '../resources/org/jyston/type/exception/impl/group_cases.tsv')

# The predicates a condition may name as 'lambda:NAME'; GroupCasesTest implements the same ones.
PREDICATES = {
    'always': lambda e: True,
    'never': lambda e: False,
    'leaf': lambda e: not isinstance(e, BaseExceptionGroup),
    'odd': lambda e: type(e.args[0]) is int and e.args[0] % 2 == 1,
    'msg_n': lambda e: e.args[:1] == ('n',),
    'raises': lambda e: (_ for _ in ()).throw(KeyError('p')),
}


def condition(text):
    if text.startswith('lambda:'):
        return PREDICATES[text[7:]]
    return eval(text)


GROUPS = [
    "ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3), KeyError(4)])])",
    "BaseExceptionGroup('b', [KeyboardInterrupt(1), ValueError(2), "
    "BaseExceptionGroup('c', [SystemExit(3), ExceptionGroup('d', [TypeError(5)])])])",
    "ExceptionGroup('one', [ValueError(1)])",
    "ExceptionGroup('deep', [ExceptionGroup('a', [ExceptionGroup('b', [ValueError(1), TypeError(2)])]), KeyError(3)])",
    "ExceptionGroup('n', [ValueError(1), ValueError(2)])",
]
CONDITIONS = ['ValueError', 'TypeError', 'KeyError', 'LookupError', 'Exception', 'BaseException',
              'ExceptionGroup', 'BaseExceptionGroup', 'KeyboardInterrupt', 'SystemExit',
              '(ValueError, KeyError)', '(TypeError, SystemExit)', '()',
              'lambda:always', 'lambda:never', 'lambda:leaf', 'lambda:odd', 'lambda:msg_n', 'lambda:raises',
              '1', "'x'", 'None', 'int', '(ValueError, 1)', '(ValueError, int)']
DERIVES = ['[ValueError(9)]', '(ValueError(9), TypeError(8))', '[KeyboardInterrupt(7)]',
           "[ExceptionGroup('x', [ValueError(6)])]", '[]', '1', '[1]']

rows = []


def outcome(f):
    try:
        return repr(f())
    except BaseException as x:
        return '!' + type(x).__name__ + ': ' + str(x)


for g in GROUPS:
    for c in CONDITIONS:
        def split():
            eg = eval(g)
            m, r = eg.split(condition(c))
            return (m, r, m is eg, r is eg)

        def subgroup():
            eg = eval(g)
            s = eg.subgroup(condition(c))
            return (s, s is eg)
        rows.append(('split', g, c, outcome(split)))
        rows.append(('subgroup', g, c, outcome(subgroup)))
    for d in DERIVES:
        def derive():
            r = eval(g).derive(eval(d))
            return (type(r).__name__, r, r.__cause__, r.__context__, r.__traceback__, getattr(r, '__notes__', None))
        rows.append(('derive', g, d, outcome(derive)))


def meta(decorate):
    # What the groups split makes take from the original: traceback, cause, context, notes (a copy).
    def run(g, c):
        eg = eval(g)
        if decorate:
            eg.__cause__ = KeyError('c')
            eg.__context__ = IndexError('x')
            eg.add_note('n1')
            eg.add_note('n2')
        out = []
        for part in eg.split(condition(c)):
            if part is None:
                out.append(None)
                continue
            notes = getattr(part, '__notes__', None)
            out.append((part.__cause__ is eg.__cause__, part.__context__ is eg.__context__,
                        part.__suppress_context__, notes,
                        notes is not None and notes is getattr(eg, '__notes__', None),
                        part.__traceback__ is eg.__traceback__,
                        [getattr(x, '__notes__', None) for x in part.exceptions]))
        return tuple(out)
    return run


for g in GROUPS[:2]:
    for c in ['ValueError', 'lambda:leaf', 'BaseExceptionGroup', 'lambda:never']:
        rows.append(('meta', g, c, outcome(lambda: meta(True)(g, c))))
        rows.append(('meta0', g, c, outcome(lambda: meta(False)(g, c))))


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# Produced by CPython %s with src/test/python/gen_group_cases.py. Do not edit.\n'
            % sys.version.split()[0])
    f.write('# op<TAB>group (Python expression)<TAB>condition or derive argument<TAB>expected\n')
    f.write('# split: repr((match, rest, match is g, rest is g)); subgroup: repr((sub, sub is g));\n')
    f.write('# derive: repr((type name, result, __cause__, __context__, __traceback__, __notes__));\n')
    f.write('# meta/meta0: per part of split, with/without cause, context and notes on g (see the script);\n')
    f.write('# or !Type: message when CPython raised. Backslash, tab and newline are escaped.\n')
    for r in rows:
        f.write('\t'.join(esc(x) for x in r) + '\n')
print(len(rows), 'rows')
