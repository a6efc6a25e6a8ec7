# what Python code reads of code objects: co_name, co_argcount, co_kwonlyargcount, co_posonlyargcount, co_varnames, co_freevars, co_cellvars, co_flags bits, co_filename, co_firstlineno
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    local = 1
    def inner():
        return a + local
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_filename.endswith("func_code_object.py"), co.co_firstlineno, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), type(co).__name__)
inner = f(1, d=4)
print(inner.__code__.co_freevars, inner.__code__.co_name, inner.__code__.co_qualname)
def gen():
    yield
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), (lambda: 0).__code__.co_name)
