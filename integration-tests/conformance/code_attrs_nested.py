# Code objects of nested functions: cells, free variables, NESTED flag, qualified names.
def outer(a):
    b = 2

    def middle():
        c = 3

        def inner():
            return a + b + c
        return inner
    return middle


m = outer(1)
i = m()
for fn in (outer, m, i):
    c = fn.__code__
    print(c.co_qualname, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_flags)


class C:
    def method(self):
        return __class__

    class Inner:
        def deep(self):
            pass


print(C.method.__code__.co_freevars, C.method.__code__.co_qualname, C.method.__code__.co_flags)
print(C.Inner.deep.__code__.co_qualname, C.Inner.deep.__code__.co_flags)
