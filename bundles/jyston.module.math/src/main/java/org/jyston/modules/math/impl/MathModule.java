package org.jyston.modules.math.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.osgi.service.component.annotations.Component;

/** {@code math}: every function and constant of CPython 3.11's module, with its errors. */
@Component(service = ModuleProvider.class)
public class MathModule implements ModuleProvider {
    private static final Object NONE = PyNone.None;

    @Override
    public String name() {
        return "math";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
        d.put("pi", Math.PI);
        d.put("e", Math.E);
        d.put("tau", 2 * Math.PI);
        d.put("inf", Double.POSITIVE_INFINITY);
        d.put("nan", Double.NaN);
        unary(d, "acos", Real::acos, false);
        unary(d, "acosh", Real::acosh, false);
        unary(d, "asin", Real::asin, false);
        unary(d, "asinh", Real::asinh, false);
        unary(d, "atan", Real::atan, false);
        unary(d, "atanh", Real::atanh, false);
        unary(d, "cbrt", Real::cbrt, false);
        unary(d, "cos", Math::cos, false);
        unary(d, "cosh", Real::cosh, true);
        unary(d, "exp", Math::exp, true);
        unary(d, "exp2", x -> Math.pow(2.0, x), true);
        unary(d, "expm1", Math::expm1, true);
        unary(d, "fabs", Math::abs, false);
        unary(d, "log1p", x -> x == -1 ? Double.NEGATIVE_INFINITY : Math.log1p(x), false);
        unary(d, "sin", Math::sin, false);
        unary(d, "sinh", Real::sinh, true);
        unary(d, "sqrt", Math::sqrt, false);
        unary(d, "tan", Math::tan, false);
        unary(d, "tanh", Real::tanh, false);
        reporting(d, "erf", Real::erf);
        reporting(d, "erfc", Real::erfc);
        reporting(d, "gamma", Real::gamma);
        reporting(d, "lgamma", Real::lgamma);
        binary(d, "atan2", Real::atan2);
        binary(d, "copysign", Math::copySign);
        binary(d, "fmod", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : x % y);
        binary(d, "remainder", MathModule::remainder);
        one(d, "degrees", a -> Real.toDouble(a) * (180.0 / Math.PI));
        one(d, "radians", a -> Real.toDouble(a) * (Math.PI / 180.0));
        one(d, "isfinite", a -> Double.isFinite(Real.toDouble(a)));
        one(d, "isinf", a -> Double.isInfinite(Real.toDouble(a)));
        one(d, "isnan", a -> Double.isNaN(Real.toDouble(a)));
        one(d, "ulp", a -> Math.ulp(Real.toDouble(a)));
        one(d, "frexp", MathModule::frexp);
        one(d, "modf", MathModule::modf);
        one(d, "ceil", a -> rounding(a, "__ceil__", Math::ceil));
        one(d, "floor", a -> rounding(a, "__floor__", Math::floor));
        one(d, "trunc", MathModule::trunc);
        one(d, "factorial", Ints::factorial);
        one(d, "isqrt", Ints::isqrt);
        one(d, "fsum", MathModule::fsum);
        fn(d, "log", (a, kw) -> {
            noKw("log", kw);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("math.log requires 1 to 2 arguments");
            }
            double num = logHelper(a[0], Math::log);
            if (a.length == 1) {
                return num;
            }
            double den = logHelper(a[1], Math::log);
            if (den == 0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return num / den;
        });
        one(d, "log2", a -> logHelper(a, Real::log2));
        one(d, "log10", a -> logHelper(a, Real::log10));
        fn(d, "pow", (a, kw) -> {
            positional("pow", a, kw, 2, 2);
            return pow(Real.toDouble(a[0]), Real.toDouble(a[1]));
        });
        fn(d, "ldexp", (a, kw) -> {
            positional("ldexp", a, kw, 2, 2);
            return ldexp(Real.toDouble(a[0]), a[1]);
        });
        fn(d, "nextafter", (a, kw) -> {
            positional("nextafter", a, kw, 2, 2);
            return Math.nextAfter(Real.toDouble(a[0]), Real.toDouble(a[1]));
        });
        fn(d, "hypot", (a, kw) -> {
            noKwDotted("hypot", kw);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = Real.toDouble(a[i]);
            }
            return vectorNorm(v);
        });
        fn(d, "dist", (a, kw) -> {
            positional("dist", a, kw, 2, 2);
            Object[] p = tupleOf(a[0]);
            Object[] q = tupleOf(a[1]);
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Real.toDouble(p[i]) - Real.toDouble(q[i]);
            }
            return vectorNorm(v);
        });
        fn(d, "gcd", (a, kw) -> {
            noKwDotted("gcd", kw);
            return Ints.gcd(a);
        });
        fn(d, "lcm", (a, kw) -> {
            noKwDotted("lcm", kw);
            return Ints.lcm(a);
        });
        fn(d, "comb", (a, kw) -> {
            noKwDotted("comb", kw);
            positional("comb", a, kw, 2, 2);
            return Ints.comb(a[0], a[1]);
        });
        fn(d, "perm", (a, kw) -> {
            noKwDotted("perm", kw);
            positional("perm", a, kw, 1, 2);
            return Ints.perm(a[0], a.length > 1 && a[1] != NONE ? a[1] : null);
        });
        fn(d, "isclose", MathModule::isclose);
        fn(d, "prod", MathModule::prod);
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module); // its __module__ and __self__, as CPython's module functions have
            }
        }
    }

    // ---- registration helpers with CPython's argument errors

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }

    @FunctionalInterface
    private interface One {
        Object apply(Object arg);
    }

    /** A METH_O function: "math.NAME() takes exactly one argument". */
    private static void one(PyDict d, String name, One body) {
        fn(d, name, (a, kw) -> {
            noKwDotted(name, kw);
            if (a.length != 1) {
                throw Errors.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
            }
            return body.apply(a[0]);
        });
    }

    private static void noKwDotted(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("math." + name + "() takes no keyword arguments");
        }
    }

    private static void noKw(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Argument Clinic's positional-only check: "NAME expected 2 arguments, got 1". */
    private static void positional(String name, Object[] a, String[] kw, int min, int max) {
        noKwDotted(name, kw);
        int n = a.length;
        org.jyston.api.object.ClinicArgs.positional(name, n, min, max);
    }

    /**
     * CPython's {@code math_1}: a NaN from a non-NaN is a domain error, an infinity from a finite
     * argument an overflow ({@code canOverflow}) or a domain error.
     */
    private static void unary(PyDict d, String name, DoubleUnaryOperator f, boolean canOverflow) {
        one(d, name, a -> {
            double x = Real.toDouble(a);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                if (canOverflow) {
                    throw Errors.overflow("math range error");
                }
                throw Errors.valueError("math domain error");
            }
            return r;
        });
    }

    /** CPython's {@code math_1a}: the function reports its own errors. */
    private static void reporting(PyDict d, String name, DoubleUnaryOperator f) {
        one(d, name, a -> f.applyAsDouble(Real.toDouble(a)));
    }

    /** CPython's {@code math_2}. */
    private static void binary(PyDict d, String name, DoubleBinaryOperator f) {
        fn(d, name, (a, kw) -> {
            positional(name, a, kw, 2, 2);
            double x = Real.toDouble(a[0]);
            double y = Real.toDouble(a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    throw Errors.valueError("math domain error");
                }
            } else if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw Errors.overflow("math range error");
            }
            return r;
        });
    }

    // ---- the functions

    private static double remainder(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x) || y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    private static Object frexp(Object a) {
        double x = Real.toDouble(a);
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Real.exponent(Math.abs(x));
        return PyTuple.of(Math.scalb(x, -e), (long) e);
    }

    private static Object modf(Object a) {
        double x = Real.toDouble(a);
        if (Double.isInfinite(x)) {
            return PyTuple.of(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(x, x);
        }
        double i = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - i, x), i);
    }

    /** A float as an int ({@code PyLong_FromDouble}). */
    static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return (long) d;
        }
        return Ints.norm(new BigDecimal(d).toBigInteger());
    }

    /** {@code ceil}/{@code floor}: ints as they are, the type's special method, else the float's. */
    private static Object rounding(Object a, String special, DoubleUnaryOperator f) {
        if (a instanceof Double d) {
            return toInt(f.applyAsDouble(d));
        }
        if (a instanceof Long || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object m = PyType.of(a).lookup(special);
        if (m != null) {
            return callSpecial(m, a);
        }
        return toInt(f.applyAsDouble(Real.toDouble(a)));
    }

    private static Object callSpecial(Object method, Object self) {
        Slot.Ternary get = PyType.of(method).ternary(Slot.GET);
        if (method instanceof PyBuiltinFunction) {
            return Op.call(method, Derived.unwrap(self));
        }
        Object bound = get != null ? get.apply(method, self, PyType.of(self)) : method;
        return Op.call(bound);
    }

    private static Object trunc(Object a) {
        if (a instanceof Double d) {
            return toInt(d);
        }
        if (a instanceof Long || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object m = PyType.of(a).lookup("__trunc__");
        if (m == null) {
            throw Errors.typeError("type " + Op.typeName(a) + " doesn't define __trunc__ method");
        }
        return callSpecial(m, a);
    }

    /** {@code loghelper}: ints too large for a float are split into mantissa and exponent. */
    private static double logHelper(Object a, DoubleUnaryOperator f) {
        Object v = a instanceof Boolean b ? (Object) (b ? 1L : 0L) : Derived.unwrap(a);
        if (v instanceof Long || v instanceof BigInteger) {
            BigInteger n = Ints.big(v);
            if (n.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            double x = n.doubleValue();
            if (Double.isInfinite(x)) {
                // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + log(2) * e
                long e = n.bitLength();
                double m = Math.scalb((double) n.shiftRight((int) e - 63).longValue(), -63);
                return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
            }
            return f.applyAsDouble(x);
        }
        double x = Real.toDouble(a);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return f.applyAsDouble(x);
    }

    /** {@code math.pow}: C99's special values decided here, finite powers by the JVM, CPython's errors. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r)) {
            if (x == 0.0) {
                throw Errors.valueError("math domain error");
            }
            throw Errors.overflow("math range error");
        }
        return r;
    }

    private static Object ldexp(double x, Object expObj) {
        Object ev = expObj instanceof Boolean b ? (Object) (b ? 1L : 0L) : Derived.unwrap(expObj);
        if (!(ev instanceof Long || ev instanceof BigInteger)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        if (ev instanceof BigInteger b) {
            if (b.signum() > 0) {
                throw Errors.overflow("math range error");
            }
            return Math.copySign(0.0, x);
        }
        long e = (Long) ev;
        int ie = (int) Math.max(-5000, Math.min(5000, e));
        double r = Math.scalb(x, ie);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    private static Object[] tupleOf(Object o) {
        if (o instanceof PyTuple t) {
            return t.toArray();
        }
        Object it = Op.iter(o);
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            out.add(x);
        }
        return out.toArray();
    }

    /** The Euclidean norm, correctly rounded: the exact sum of squares, then a decimal square root. */
    static double vectorNorm(double[] v) {
        boolean nan = false;
        double max = 0;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(x)) {
                nan = true;
            }
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        BigDecimal root = sum.sqrt(new MathContext(40, RoundingMode.HALF_EVEN));
        return root.doubleValue();
    }

    private static Object isclose(Object[] a, String[] kw) {
        String[] names = {"a", "b", "rel_tol", "abs_tol"};
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos > 2) {
            throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        Object[] v = new Object[4];
        System.arraycopy(a, 0, v, 0, npos);
        String unknown = null;
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (at < 0) {
                unknown = unknown == null ? kw[k] : unknown;
                continue;
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for isclose() given by name ('" + kw[k] + "') and position ("
                        + (at + 1) + ")");
            }
            v[at] = a[npos + k];
        }
        for (int i = 0; i < 2; i++) {
            if (v[i] == null) {
                throw Errors.typeError("isclose() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (unknown != null) {
            throw Errors.typeError("'" + unknown + "' is an invalid keyword argument for isclose()");
        }
        double x = Real.toDouble(v[0]);
        double y = Real.toDouble(v[1]);
        double rel = v[2] == null ? 1e-9 : Real.toDouble(v[2]);
        double abs = v[3] == null ? 0.0 : Real.toDouble(v[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    private static Object prod(Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        Object start = 1L;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("start")) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for prod()");
            }
            start = a[npos + k];
        }
        if (npos != 1) {
            throw Errors.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
        }
        Object it = Op.iter(a[0]);
        Object r = start;
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            if (r instanceof Long p && x instanceof Long q) {
                long hi = Math.multiplyHigh(p, q);
                long lo = p * q;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    r = lo;
                    continue;
                }
            } else if (r instanceof Double p && x instanceof Double q) {
                r = p * q;
                continue;
            }
            r = Op.binary(Slot.MUL, r, x);
        }
        return r;
    }

    /**
     * {@code fsum}: Shewchuk's exact partial sums (non-overlapping doubles whose sum is exact),
     * rounded once at the end with the half-way correction; infinities and NaNs as CPython treats them.
     */
    static Object fsum(Object iterable) {
        Object it = Op.iter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (Object o = Op.next(it); o != null; o = Op.next(it)) {
            double x = Real.toDouble(o);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // a nonfinite x could arise either from an infinite or NaN input, or from overflow
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // round half-even correctly: if the rest has the same sign as lo, the sum is beyond the half-way
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
