# conditional expressions, lambda forms and their default/closure semantics
f = lambda: 1
print(f(), f.__name__, (lambda x, y=2: x * y)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print(1 if True else 2, 1 if 0 else 2, "a" if "" else "b" if [] else "c")
x = 5
print("big" if x > 3 else "small")
sq = lambda n: n if n < 2 else n * sq(n - 1)
print(sq(6))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v * 2)(21))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: (yield 1))().__class__.__name__)
print(list((lambda: (yield from range(3)))()))
def side(label, val):
    print("eval", label)
    return val
print(side("then", 1) if side("cond", False) else side("else", 2))
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: None).__qualname__)
def outer():
    return lambda: outer
print(outer()().__name__, outer().__qualname__)
