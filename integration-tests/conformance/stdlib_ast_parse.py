# ast.parse (compile with PyCF_ONLY_AST): the parser's tree as _ast objects, as ast.dump shows them.
import ast

SOURCES = [
    "x = f(1) + a[2]",
    "def g(a, /, b=2, *args, c, d=4, **kw) -> int:\n    return a if b else -c",
    "class C(B, metaclass=M):\n    x: int = 1\n    async def m(self):\n        async with a as b:\n            await b",
    "for i in range(3):\n    pass\nelse:\n    break",
    "try:\n    1 / 0\nexcept (ValueError, KeyError) as e:\n    raise X from e\nfinally:\n    del x[1:2]",
    "import a.b as c\nfrom ..m import (x, y as z)",
    "lambda x, *y: {k: v for k, v in x if k}",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case Point(x=0) | None:\n        pass",
    "f'{x!r:>{w}} and {y}'",
    "a < b <= c is not d",
    "x = yield from g()",
]
for src in SOURCES:
    print(ast.dump(ast.parse(src)))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
tree = ast.parse("a.b(c)\n")
call = tree.body[0].value
print(type(call).__name__, call.lineno, call.col_offset, call.end_col_offset, call.func.attr)
print(ast.literal_eval("[1, (2, 3), {'a': -4.5}, None, b'x']"))
print(ast.get_source_segment("x = 1 +  2", ast.parse("x = 1 +  2").body[0].value))
print([type(n).__name__ for n in ast.walk(ast.parse("x = [y for y in z]"))])
try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
