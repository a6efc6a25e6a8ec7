# math: the float functions, constants and special values
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 1e-10, 0.1, 0.7]
for name in ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'expm1', 'exp2', 'cbrt', 'fabs',
             'erf', 'erfc', 'degrees', 'radians']:
    f = getattr(math, name)
    print(name, [f(v) for v in vals])
for name in ['asin', 'acos', 'atanh']:
    f = getattr(math, name)
    print(name, [f(v) for v in [0.0, -0.0, 0.5, -0.5, 0.1, 0.7, 0.999, -0.25, 1e-10]], f(1.0) if name != 'atanh' else '')
for name in ['sqrt', 'log', 'log2', 'log10', 'log1p', 'acosh', 'lgamma']:
    f = getattr(math, name)
    print(name, [f(v) for v in [1.0, 1.5, 2.0, 3.7, 10.0, 100.0, 0.1, 1e10, 1e-5, 1e300] if not (name == 'acosh' and v < 1)])
print('gamma', [math.gamma(v) for v in [1.0, 1.5, 2.0, 3.7, 10.0, 100.0, 0.1, 1e-5]])
print([math.gamma(v) for v in [0.5, -0.5, 5.5, -2.5, 1e-21, 171.5, 23.0, 24.0, -170.5]])
print([math.lgamma(v) for v in [0.5, -0.5, -2.5, 1e-21, 1000.0, -1000.5, 3.0]])
print([math.atan2(y, x) for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0.0, -0.0), (-0.0, -1), (math.inf, math.inf),
                                     (math.inf, -math.inf), (1, math.inf), (1, -math.inf), (3, 0), (-3, 0.0), (2, 7)]])
print([math.copysign(1, v) for v in [-0.0, 0.0, -math.nan, math.nan, -math.inf]], math.copysign(3, -1.5))
print([math.fmod(x, y) for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1, math.inf), (-1e-300, 1)]])
print([math.remainder(x, y) for x, y in [(7, 3), (-7, 3), (5, 2), (7, 2), (1, math.inf), (2.5, 1)]])
print([math.pow(x, y) for x, y in [(2, 10), (2, -1), (2, 0.5), (-2, 3), (0, 0), (math.nan, 0), (1, math.nan),
                                   (math.inf, -1), (-math.inf, 3), (0.5, math.inf), (2, -math.inf), (-8, 1 / 3 * 3)]])
print(math.frexp(8.0), math.frexp(-0.3), math.frexp(5e-324), math.frexp(math.inf), math.frexp(0.0), math.frexp(1e308))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(3, 1023 - 2), math.ldexp(-0.0, 5))
print(math.ldexp(1, -2 ** 70), math.ldexp(math.inf, -2), math.ldexp(1.5, True))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(0.0), math.modf(-0.0))
print([math.isnan(v) for v in [math.nan, 1, math.inf]], [math.isinf(v) for v in [math.nan, 1, -math.inf]],
      [math.isfinite(v) for v in [math.nan, 1, math.inf, 10 ** 300]])
print([math.ulp(v) for v in [1.0, 0.0, -2.0, 1e300, math.inf, 5e-324, 1.7976931348623157e308]], math.isnan(math.ulp(math.nan)))
print([math.nextafter(1.0, v) for v in [2, 0, 1, math.inf]], math.nextafter(0.0, -1), math.nextafter(-0.0, 1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(1e308, 1e308),
      math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([1.5], (0,)), math.dist((0, 0, 0), (1, 1, 1)), math.dist([], []))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([]), math.fsum([-0.0]), math.fsum([math.inf, 1]), math.fsum(iter([1, 2.5, 3])),
      math.fsum([1e16, 1.0, 1e-16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum(range(10)))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.00001), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.nan, math.nan), math.isclose(a=1, b=1), math.isclose(-math.inf, math.inf))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 2000), math.log(2 ** 2000, 2), math.log10(10 ** 500),
      math.log2(2 ** 1500 + 1), math.log(10 ** 400, 10), math.log2(1024), math.log2(0.125), math.log(True + 1))
print(math.exp(-1000), math.exp(709), math.sinh(-710), math.cosh(0), math.tanh(-50), math.atan(1e300),
      math.erf(-7), math.erfc(-7), math.erfc(27), math.erfc(10), math.erf(1e-20), math.expm1(1e-10))
print(math.sqrt(2), math.sqrt(1e-320), math.cbrt(-27), math.cbrt(1e-310), math.exp2(-1074), math.log1p(1e-20))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.acos(-1), math.asin(1), math.atan(-math.inf))
