"""Jyston's _ast: the classes of Python's abstract syntax tree, as CPython's _ast module defines them.

The table below lists each node class, its base, its _fields and its _attributes (None: inherited).
"""

PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096

_OPTIONAL = ("end_lineno", "end_col_offset")


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), getattr(self, "__dict__", None) or None


AST.__module__ = "ast"


# Optional fields (ASDL '?'): the class holds None for them, so ast.dump leaves them out when unset.
_OPTIONAL_FIELDS = {
    'AnnAssign': ('value',),
    'Assert': ('msg',),
    'Assign': ('type_comment',),
    'AsyncFor': ('type_comment',),
    'AsyncFunctionDef': ('returns', 'type_comment'),
    'AsyncWith': ('type_comment',),
    'Constant': ('kind',),
    'ExceptHandler': ('type', 'name'),
    'For': ('type_comment',),
    'FormattedValue': ('format_spec',),
    'FunctionDef': ('returns', 'type_comment'),
    'ImportFrom': ('module', 'level'),
    'MatchAs': ('pattern', 'name'),
    'MatchMapping': ('rest',),
    'MatchStar': ('name',),
    'Raise': ('exc', 'cause'),
    'Return': ('value',),
    'Slice': ('lower', 'upper', 'step'),
    'With': ('type_comment',),
    'Yield': ('value',),
    'alias': ('asname',),
    'arg': ('annotation', 'type_comment'),
    'arguments': ('vararg', 'kwarg'),
    'keyword': ('arg',),
    'match_case': ('guard',),
    'withitem': ('optional_vars',),
}


def _build(table):
    made = {"AST": AST}
    for name, base, fields, attributes in table:
        ns = {"__module__": "ast"}
        if fields is not None:
            ns["_fields"] = fields
            ns["__match_args__"] = fields
        if attributes is not None:
            ns["_attributes"] = attributes
            for opt in _OPTIONAL:
                if opt in attributes:
                    ns[opt] = None
        for opt in _OPTIONAL_FIELDS.get(name, ()):
            ns[opt] = None
        cls = type(name, (made[base],), ns)
        made[name] = cls
    return made


_TABLE = [
    ('operator', 'AST', (), ()),
    ('Add', 'operator', (), None),
    ('boolop', 'AST', (), ()),
    ('And', 'boolop', (), None),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), None),
    ('Assert', 'stmt', ('test', 'msg'), None),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), None),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), None),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), None),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), None),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), None),
    ('Await', 'expr', ('value',), None),
    ('BinOp', 'expr', ('left', 'op', 'right'), None),
    ('BitAnd', 'operator', (), None),
    ('BitOr', 'operator', (), None),
    ('BitXor', 'operator', (), None),
    ('BoolOp', 'expr', ('op', 'values'), None),
    ('Break', 'stmt', (), None),
    ('Call', 'expr', ('func', 'args', 'keywords'), None),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list'), None),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), None),
    ('Constant', 'expr', ('value', 'kind'), None),
    ('Continue', 'stmt', (), None),
    ('expr_context', 'AST', (), ()),
    ('Del', 'expr_context', (), None),
    ('Delete', 'stmt', ('targets',), None),
    ('Dict', 'expr', ('keys', 'values'), None),
    ('DictComp', 'expr', ('key', 'value', 'generators'), None),
    ('Div', 'operator', (), None),
    ('cmpop', 'AST', (), ()),
    ('Eq', 'cmpop', (), None),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), None),
    ('Expr', 'stmt', ('value',), None),
    ('mod', 'AST', (), ()),
    ('Expression', 'mod', ('body',), None),
    ('FloorDiv', 'operator', (), None),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), None),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), None),
    ('FunctionType', 'mod', ('argtypes', 'returns'), None),
    ('GeneratorExp', 'expr', ('elt', 'generators'), None),
    ('Global', 'stmt', ('names',), None),
    ('Gt', 'cmpop', (), None),
    ('GtE', 'cmpop', (), None),
    ('If', 'stmt', ('test', 'body', 'orelse'), None),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), None),
    ('Import', 'stmt', ('names',), None),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), None),
    ('In', 'cmpop', (), None),
    ('Interactive', 'mod', ('body',), None),
    ('unaryop', 'AST', (), ()),
    ('Invert', 'unaryop', (), None),
    ('Is', 'cmpop', (), None),
    ('IsNot', 'cmpop', (), None),
    ('JoinedStr', 'expr', ('values',), None),
    ('LShift', 'operator', (), None),
    ('Lambda', 'expr', ('args', 'body'), None),
    ('List', 'expr', ('elts', 'ctx'), None),
    ('ListComp', 'expr', ('elt', 'generators'), None),
    ('Load', 'expr_context', (), None),
    ('Lt', 'cmpop', (), None),
    ('LtE', 'cmpop', (), None),
    ('MatMult', 'operator', (), None),
    ('Match', 'stmt', ('subject', 'cases'), None),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchAs', 'pattern', ('pattern', 'name'), None),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), None),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), None),
    ('MatchOr', 'pattern', ('patterns',), None),
    ('MatchSequence', 'pattern', ('patterns',), None),
    ('MatchSingleton', 'pattern', ('value',), None),
    ('MatchStar', 'pattern', ('name',), None),
    ('MatchValue', 'pattern', ('value',), None),
    ('Mod', 'operator', (), None),
    ('Module', 'mod', ('body', 'type_ignores'), None),
    ('Mult', 'operator', (), None),
    ('Name', 'expr', ('id', 'ctx'), None),
    ('NamedExpr', 'expr', ('target', 'value'), None),
    ('Nonlocal', 'stmt', ('names',), None),
    ('Not', 'unaryop', (), None),
    ('NotEq', 'cmpop', (), None),
    ('NotIn', 'cmpop', (), None),
    ('Or', 'boolop', (), None),
    ('Pass', 'stmt', (), None),
    ('Pow', 'operator', (), None),
    ('RShift', 'operator', (), None),
    ('Raise', 'stmt', ('exc', 'cause'), None),
    ('Return', 'stmt', ('value',), None),
    ('Set', 'expr', ('elts',), None),
    ('SetComp', 'expr', ('elt', 'generators'), None),
    ('Slice', 'expr', ('lower', 'upper', 'step'), None),
    ('Starred', 'expr', ('value', 'ctx'), None),
    ('Store', 'expr_context', (), None),
    ('Sub', 'operator', (), None),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), None),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None),
    ('Tuple', 'expr', ('elts', 'ctx'), None),
    ('type_ignore', 'AST', (), ()),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), None),
    ('UAdd', 'unaryop', (), None),
    ('USub', 'unaryop', (), None),
    ('UnaryOp', 'expr', ('op', 'operand'), None),
    ('While', 'stmt', ('test', 'body', 'orelse'), None),
    ('With', 'stmt', ('items', 'body', 'type_comment'), None),
    ('Yield', 'expr', ('value',), None),
    ('YieldFrom', 'expr', ('value',), None),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), ()),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), ()),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), ()),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), ()),
]

globals().update(_build(_TABLE))
del _build, _TABLE, _OPTIONAL
