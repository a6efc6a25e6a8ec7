# split() and subgroup() of a group nested deeper than the recursion limit raise RecursionError,
# as CPython's recursive split does; shallower nesting splits normally.
import sys


def nest(depth):
    e = TypeError(1)
    for i in range(depth):
        e = ExceptionGroup('eg', [e, ValueError(i)])
    return e


shallow = nest(200)
match, rest = shallow.split(TypeError)
depth = 0
while isinstance(match, ExceptionGroup):
    match = match.exceptions[0]
    depth += 1
print(depth, repr(match), len(rest.exceptions))
print(type(shallow.subgroup(ValueError)).__name__)

deep = nest(2000)
for op in ('split', 'subgroup'):
    try:
        getattr(deep, op)(TypeError)
    except RecursionError as e:
        print(op, repr(e))

try:
    raise deep
except* TypeError:
    print('not reached')
