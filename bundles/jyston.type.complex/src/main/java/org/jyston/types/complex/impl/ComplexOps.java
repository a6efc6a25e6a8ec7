package org.jyston.types.complex.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyComplex;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** Complex arithmetic, comparison, hashing and repr, with CPython's algorithms and messages. */
final class ComplexOps {
    static final Object NI = PyNotImplemented.NotImplemented;
    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    private ComplexOps() {}

    /** An int, bool or float as a double (OverflowError for a too large int), or null for anything else. */
    static Double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return (double) l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (o instanceof BigInteger) {
            // int's own conversion, which raises "int too large to convert to float"
            return (Double) PyType.of(o).unary(Slot.FLOAT).apply(o);
        }
        return null;
    }

    /** An operand as a complex: complex, float, int, bool; null for other types. */
    static PyComplex operand(Object o) {
        if (o instanceof PyComplex z) {
            return z;
        }
        Double d = toDouble(o);
        return d == null ? null : new PyComplex(d, 0.0);
    }

    /** {@code a op b} where at least one operand is a complex; NotImplemented if the other is not a number. */
    static Object arith(char op, Object x, Object y) {
        PyComplex a = operand(x);
        PyComplex b = operand(y);
        if (a == null || b == null) {
            return NI;
        }
        switch (op) {
            case '+':
                return new PyComplex(a.real() + b.real(), a.imag() + b.imag());
            case '-':
                return new PyComplex(a.real() - b.real(), a.imag() - b.imag());
            case '*':
                return prod(a, b);
            case '/': {
                PyComplex q = quot(a, b);
                if (q == null) {
                    throw Errors.zeroDivision("complex division by zero");
                }
                return q;
            }
            default:
                return pow(a, b);
        }
    }

    static PyComplex prod(PyComplex a, PyComplex b) {
        return new PyComplex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /**
     * {@code a / b} by Smith's method (scaling by the larger component of the divisor, so that
     * intermediate products do not overflow needlessly); null when {@code b} is zero.
     */
    static PyComplex quot(PyComplex a, PyComplex b) {
        double br = b.real();
        double bi = b.imag();
        double absR = Math.abs(br);
        double absI = Math.abs(bi);
        if (absR >= absI) {
            if (absR == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN in the divisor
    }

    /**
     * {@code a ** b}: an integral exponent of at most 100 in size is done by repeated squaring (so
     * {@code (1+1j)**2} is exactly {@code 2j}); others through polar form. A zero base with a negative
     * or complex exponent is a ZeroDivisionError; an infinite result an OverflowError.
     */
    static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            long n = (long) b.real();
            if (n > 0) {
                r = powu(a, n);
            } else {
                PyComplex d = powu(a, -n);
                r = quot(ONE, d);
                if (r == null) {
                    throw Errors.zeroDivision("0.0 to a negative or complex power");
                }
            }
        } else if (b.real() == 0.0 && b.imag() == 0.0) {
            r = ONE;
        } else if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            r = new PyComplex(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a.real(), a.imag());
            double len = Math.pow(vabs, b.real());
            double at = Math.atan2(a.imag(), a.real());
            double phase = at * b.real();
            if (b.imag() != 0.0) {
                len /= Math.exp(at * b.imag());
                phase += b.imag() * Math.log(vabs);
            }
            r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            throw Errors.overflow("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = ONE;
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            p = prod(p, p);
        }
        return r;
    }

    static double abs(PyComplex z) {
        double re = z.real();
        double im = z.imag();
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("absolute value too large");
        }
        return r;
    }

    /** {@code z == other}: ints are compared exactly (through float's comparison), NotImplemented for non-numbers. */
    static Object eq(PyComplex z, Object other) {
        if (other instanceof PyComplex w) {
            return z.real() == w.real() && z.imag() == w.imag();
        }
        if (other instanceof Double d) {
            return z.real() == d && z.imag() == 0.0;
        }
        if (other instanceof Long || other instanceof BigInteger || other instanceof Boolean) {
            if (z.imag() != 0.0) {
                return false;
            }
            return Op.compare(Slot.EQ, z.real(), other);
        }
        return NI;
    }

    /** CPython's {@code hash(real) + 1000003 * hash(imag)} in wrapping 64-bit arithmetic, -1 becoming -2. */
    static long hash(PyComplex z) {
        long hr = Double.isNaN(z.real()) ? System.identityHashCode(z) : Op.hash(z.real());
        long hi = Double.isNaN(z.imag()) ? System.identityHashCode(z) : Op.hash(z.imag());
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    /** {@code repr(z)}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
    static String repr(PyComplex z) {
        double re = z.real();
        double im = z.imag();
        String ims = part(im);
        if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) {
            return ims + "j";
        }
        if (!ims.startsWith("-")) {
            ims = "+" + ims;
        }
        return "(" + part(re) + ims + "j)";
    }

    /** A part as float's repr without the {@code .0} that marks an integral float. */
    private static String part(double d) {
        String s = Op.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
