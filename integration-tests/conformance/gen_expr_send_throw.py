# generator expressions are generators: send(None), throw, close, gi attributes shared with generators, name and qualname
ge = (x * 2 for x in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.send(None), next(ge))
try:
    ge.send(5)
    print("send non-None to running genexpr returns next value")
except TypeError as e:
    print(type(e).__name__, e)
ge.close()
print(list(ge))
ge2 = (x for x in range(5))
next(ge2)
try:
    ge2.throw(ValueError("into genexpr"))
except ValueError as e:
    print(type(e).__name__, e)
print(list(ge2))
def f():
    return (y for y in range(2))
print(f().__qualname__)
ge3 = (i for i in [])
try:
    next(ge3)
except StopIteration as e:
    print("empty genexpr", e.value)
print(iter(ge3) is ge3, hasattr(ge3, "__next__"), hasattr(ge3, "send"))
