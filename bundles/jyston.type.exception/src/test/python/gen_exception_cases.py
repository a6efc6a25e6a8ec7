# Generates ../resources/org/jyston/type/exception/impl/exception_cases.tsv with CPython 3.11.
# Run: python3 gen_exception_cases.py
import builtins, os, sys

assert sys.version_info[:2] == (3, 11), sys.version
OUT = os.path.join(os.path.dirname(__file__), '../resources/org/jyston/type/exception/impl/exception_cases.tsv')

rows = []
excs = [c for n, c in vars(builtins).items()
        if isinstance(c, type) and issubclass(c, BaseException) and c.__name__ == n]
for c in excs:
    rows.append(('mro', c.__name__, '', '', ' '.join(k.__name__ for k in c.__mro__)))
    rows.append(('bases', c.__name__, '', '', ' '.join(k.__name__ for k in c.__bases__)))

def case(kinds, cls, args='()', kwargs='{}'):
    for kind in kinds.split():
        try:
            e = eval(cls)(*eval(args), **eval(kwargs))
            if kind == 'str':
                out = repr(str(e))
            elif kind == 'repr':
                out = repr(repr(e))
            elif kind == 'type':
                out = repr(type(e).__name__)
            elif kind.startswith('attr:'):
                out = repr(getattr(e, kind[5:]))
            else:
                raise ValueError(kind)
        except BaseException as x:
            out = '!' + type(x).__name__ + ': ' + str(x)
        rows.append((kind, cls, args, kwargs, out))

simple = ['()', "('a',)", '(1,)', "('a', 1)", "(1, 2, 3)", "('',)", "(None,)", "((),)", "((1,),)",
          "((1, 'x'),)", "(ValueError('v'),)", "('a', ValueError('b'))", "(True, False)", "(\"it's\",)"]
for cls in ['BaseException', 'Exception', 'ZeroDivisionError', 'ValueError', 'TypeError',
            'GeneratorExit', 'UserWarning', 'TabError', 'ModuleNotFoundError', 'UnicodeError']:
    for a in simple:
        case('str repr attr:args', cls, a)
case('str', 'ZeroDivisionError', "('division by zero',)")
for a in simple + ["('k',)", "(1, 'k')"]:
    case('str repr', 'KeyError', a)
for cls in ['Exception', 'BaseException', 'SystemExit', 'OSError', 'KeyError', 'FileNotFoundError',
            'ExceptionGroup', 'SyntaxError', 'StopIteration', 'UnicodeEncodeError']:
    case('str', cls, "(1,)", "{'x': 1}")
case('attr:name attr:path attr:msg str repr', 'ImportError', "('m',)", "{'name': 'x', 'path': 'p'}")
case('attr:name attr:path attr:msg str repr', 'ImportError', "('m', 'n')")
case('attr:name attr:path attr:msg str', 'ImportError', "(1,)")
case('attr:name attr:msg str', 'ModuleNotFoundError', "(\"No module named 'q'\",)", "{'name': 'q'}")
case('str', 'ImportError', "('m',)", "{'foo': 'x'}")
case('str', 'ModuleNotFoundError', "('m',)", "{'foo': 'x'}")
case('attr:name str', 'NameError', "(\"name 'q' is not defined\",)", "{'name': 'q'}")
case('attr:name', 'NameError', "('m',)")
case('str', 'UnboundLocalError', "('m',)", "{'foo': 'x'}")
case('attr:name attr:obj str', 'AttributeError', "('m',)", "{'name': 'x', 'obj': 1}")
case('attr:name attr:obj', 'AttributeError', "('m',)")
case('str', 'AttributeError', "('m',)", "{'foo': 'x'}")
for a in ['()', '(1,)', '(1, 2)', "(None,)", "('bye',)"]:
    case('attr:code str repr', 'SystemExit', a)
for a in ['()', '(1,)', '(1, 2)']:
    case('attr:value str repr', 'StopIteration', a)
os_args = ['()', '(2,)', "(2, 'No such file or directory')", "(2, 'No such file or directory', 'x')",
           "(2, 'No such file or directory', 'x', None, 'y')", "(2, 'x', None)", "(2, 'x', None, None, 'g')",
           "(2, None)", "(None, 'x')", "(0, '')", "(2, 'x', 'f', 3)", "(1, 2, 3, 4, 5, 6)", "('', None, '')",
           "(13, 'Permission denied')", "(11, 'a')", "(True, 'b')", "(2.5, 'b')" if False else "('2', 'b')",
           "(17, 'File exists', 'd')", "(999, 'odd')"]
for a in os_args:
    case('type str repr attr:args attr:errno attr:strerror attr:filename attr:filename2', 'OSError', a)
for e in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115]:
    case('type', 'OSError', f"({e}, 'x')")
case('type str attr:args', 'FileExistsError', "(2, 'b')")
case('attr:characters_written attr:args str attr:filename', 'BlockingIOError', "(1, 'a', 3)")
case('attr:characters_written attr:args str attr:filename', 'BlockingIOError', "(1, 'a', 'x')")
case('attr:characters_written', 'BlockingIOError', "(1, 'a')")
case('attr:winerror', 'OSError', "(1, 2)")
syn = ["()", "('m',)", "('m', ('f.py', 1, 2, 'x', 1, 3))", "('m', ('f.py', None, 2, 'x', 1, 3))",
       "('m', (None, 5, 2, 'x', 1, 3))", "('m', ('/a/b/f.py', 5, 2, 'x', 1, 3))", "('m', 'x')",
       "('m', (1, 2, 3))", "('m', (1, 2, 3, 4, 5, 6, 7))", "('m', (1, 2, 3, 4))", "('m', ('a', 'x', 3, 4))",
       "('m', ('a', True, 3, 4))", "(1, ('a', 5, 3, 4))", "('m', ('a', 5, 3, 4), 3)", "('m', ('a/', 5, 3, 4))",
       "('m', ('a\\\\b', 5, 3, 4))", "(None, ('a', 5, 3, 4))", "('invalid syntax', ('<string>', 1, 5, 'a b c\\n', 1, 6))"]
for a in syn:
    case('str repr attr:msg attr:filename attr:lineno attr:offset attr:text attr:end_lineno attr:end_offset',
         'SyntaxError', a)
case('str repr attr:lineno', 'IndentationError', "('unexpected indent', ('f.py', 3, 4, '    x', 3, 5))")
case('str', 'TabError', "('inconsistent', ('f.py', 3, 4, 'x'))")
uni = [('UnicodeEncodeError', "('ascii', 'h\\xe9', 1, 2, 'ordinal not in range(128)')"),
       ('UnicodeEncodeError', "('ascii', 'h\\xe9\\u1234', 1, 3, 'ordinal not in range(128)')"),
       ('UnicodeEncodeError', "('ascii', 'h\\U0001f600', 1, 2, 'x')"),
       ('UnicodeEncodeError', "('ascii', 'h\\u1234', 1, 2, 'x')"),
       ('UnicodeEncodeError', "('ascii', 'h\\xe9', 1, 2)"),
       ('UnicodeEncodeError', "('ascii', 1, 1, 2, 'r')"),
       ('UnicodeEncodeError', "('ascii', 'x', 'a', 2, 'r')"),
       ('UnicodeTranslateError', "('h\\u1234', 1, 2, 'x')"),
       ('UnicodeTranslateError', "('h\\u1234', 0, 2, 'x')")]
for cls, a in uni:
    case('str repr attr:start attr:end attr:reason attr:object', cls, a)
case('attr:encoding', 'UnicodeEncodeError', "('ascii', 'h', 0, 1, 'r')")
case('attr:encoding', 'UnicodeError', "(1,)")
grp = ["('m', [ValueError(1)])", "('m', [ValueError(1), TypeError(2)])", "('m', (ValueError(),))",
       "('m', [])", "('m',)", "(1, [ValueError()])", "('m', [1])", "('m', 1)", "('m', [KeyboardInterrupt()])",
       "('m', [ValueError()], 1)"]
for cls in ['ExceptionGroup', 'BaseExceptionGroup']:
    for a in grp:
        case('type str repr attr:message attr:exceptions attr:args', cls, a)
for cls in ['ZeroDivisionError', 'KeyError', 'OSError', 'Exception']:
    case('attr:foo attr:__traceback__ attr:__cause__ attr:__context__ attr:__suppress_context__ attr:__notes__',
         cls, "(1,)")

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# Produced by CPython %s with src/test/python/gen_exception_cases.py. Do not edit.\n'
            % sys.version.split()[0])
    f.write('# kind<TAB>class<TAB>args (Python literal)<TAB>kwargs (Python literal)<TAB>expected\n')
    f.write('# expected: a Python literal of the result (repr of str(e), repr(e), or the attribute),\n')
    f.write('# or !Type: message when CPython raised. Backslash, tab and newline are escaped.\n')
    for r in rows:
        f.write('\t'.join(esc(x) for x in r) + '\n')
print(len(rows), 'rows')
