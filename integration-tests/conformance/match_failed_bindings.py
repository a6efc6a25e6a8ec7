# match: names captured by a case whose pattern fails part-way stay unbound in CPython (bindings are
# stored only when the whole pattern, before the guard, matches); a failed guard keeps them bound.
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
try:
    print("x bound by failed case:", x)
except NameError as e:
    print("not bound:", e)
match {"a": 1, "b": 2}:
    case {"a": y, "b": 3}:
        pass
    case _:
        pass
try:
    print("y:", y)
except NameError as e:
    print("not bound:", e)
match [5, 6]:
    case [g, h] if g > h:
        pass
    case _:
        pass
print("guard failed, still bound:", g, h)
