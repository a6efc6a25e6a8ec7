# Messages of exceptions raised by builtin operations.
import sys
cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.5 % 0", "divmod(1, 0)", "0 ** -1",
    "1 + 'a'", "'a' + 1", "[] + ()", "'a' * 'b'", "None + None", "-'a'", "~1.5", "len(5)",
    "[1][5]", "(1,)[-3]", "'abc'[10]", "{}['missing']", "{}[(1, 2)]", "[].pop()", "{}.popitem()",
    "object().attr", "None.foo", "(1).nope", "int('x')", "int('12', 2)", "float('abc')",
    "int(1.5e400)", "int(float('nan'))", "chr(-1)", "ord('ab')", "undefined_name", "[].remove(1)",
    "(1, 2).index(3)", "'abc'.index('z')", "iter(5)", "next(iter([]))", "hash([])", "1 < 'a'",
    "[] < {}", "range(1.5)", "'%d' % 'x'", "'{}'.format()", "abs('x')", "round('x')",
    "sorted([1, 'a'])", "min([])", "max()", "sum(['a'])", "'a' in 5", "5 in 'abc'", "list(5)",
    "dict([1])", "set([[]])", "int(None)", "[] * 1.5", "'x'.join([1])",
    "2 ** 10000.0", "3 @ 4", "str.upper(5)", "getattr(1, 'x')",
]
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
