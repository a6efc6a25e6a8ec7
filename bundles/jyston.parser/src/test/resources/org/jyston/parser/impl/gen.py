# Generates the expected data of the parser tests with the host CPython (3.11.7 when committed):
#   python3 gen.py
# asts.txt:   a line "SRC <escaped source>" followed by a line with ast.dump(..., include_attributes=True)
# errors.txt: "<escaped source>\t<type>\t<msg>\t<lineno>\t<offset>\t<text>\t<end_lineno>\t<end_offset>"
import ast, sys

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')

AST_CASES = open('ast_cases.py.txt', encoding='utf-8').read().split('\n#---\n')
ERROR_CASES = [l for l in open('error_cases.txt', encoding='utf-8').read().split('\n') if l]

with open('asts.txt', 'w', encoding='utf-8') as out:
    out.write('# produced by CPython %s from ast_cases.py.txt (gen.py)\n' % sys.version.split()[0])
    for src in AST_CASES:
        if not src.strip():
            continue
        out.write('SRC ' + esc(src) + '\n')
        out.write(ast.dump(ast.parse(src), include_attributes=True) + '\n')

with open('errors.txt', 'w', encoding='utf-8') as out:
    out.write('# produced by CPython %s from error_cases.txt (gen.py)\n' % sys.version.split()[0])
    for line in ERROR_CASES:
        src = line.encode('utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')
        try:
            ast.parse(src)
            print('no error:', repr(src))
            continue
        except SyntaxError as e:
            out.write('\t'.join([esc(src), type(e).__name__, e.msg, str(e.lineno), str(e.offset),
                                 esc(e.text or ''), str(e.end_lineno), str(e.end_offset)]) + '\n')
