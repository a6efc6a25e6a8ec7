# "got multiple values for keyword argument" names the callable: dict(), a function, a method, a class
def f(**kw):
    pass
class C:
    def __init__(self, **kw):
        pass
    def m(self, **kw):
        pass
for call in [lambda: dict(**{"a": 1}, a=2), lambda: f(**{"a": 1}, a=2), lambda: C(**{"a": 1}, a=2), lambda: C().m(**{"a": 1}, a=2), lambda: print(**{"sep": ""}, sep="")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
