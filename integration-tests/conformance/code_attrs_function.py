# Code objects of plain functions: names, counts, variable tuples, flags.
def plain(a, b, c=3):
    total = a + b + c
    return total


def signature(p, /, q, *args, r, s=1, **kwargs):
    local = p
    return local


def decorate(f):
    return f


@decorate
def decorated(x):
    return x


for fn in (plain, signature, decorated):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print(c.co_varnames, c.co_nlocals, c.co_cellvars, c.co_freevars)
    print(c.co_flags, c.co_firstlineno - plain.__code__.co_firstlineno, c.co_filename.endswith(".py"))
    print(isinstance(c.co_stacksize, int), type(c).__name__)
print(plain.__code__ is plain.__code__)
print(all(len(t) == 3 for t in plain.__code__.co_lines()))
print(all(len(t) == 4 for t in plain.__code__.co_positions()))
r = plain.__code__.replace(co_name="renamed")
print(r.co_name, r.co_varnames)
