# Code objects and frames of generators and coroutines.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def coro():
    return 1


async def agen():
    yield 1


g = counter(2)
print(counter.__code__.co_flags, g.gi_code.co_name, g.gi_code is counter.__code__)
print(g.gi_frame.f_code.co_name, g.gi_frame.f_back)
print(next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(next(g), g.gi_frame.f_locals["i"])
print(list(g), g.gi_frame)
c = coro()
print(coro.__code__.co_flags, c.cr_code.co_name, c.cr_frame.f_code.co_name)
c.close()
print(agen.__code__.co_flags)
ge = (x for x in range(3))
print(ge.gi_code.co_name, ge.gi_code.co_varnames, ge.gi_code.co_argcount, ge.gi_code.co_flags)
