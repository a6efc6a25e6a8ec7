# Lambda expressions: defaults, varargs, closures, immediate calls, names, conditionals inside.
sq = lambda x: x * x
print(sq(7), sq.__name__)
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 5, 6, d=0, z=9))
print((lambda: "no args")())
compose = lambda f, g: lambda x: f(g(x))
inc = lambda v: v + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 3)])
make = lambda n: [lambda: n * k for k in range(3)]
print([f() for f in make(10)])
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
y = 5
f = lambda: y
y = 6
print(f())
print((lambda x, /, y: x - y)(10, y=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(type(sq).__name__, sq.__qualname__)
