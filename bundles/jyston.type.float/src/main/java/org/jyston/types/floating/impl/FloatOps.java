package org.jyston.types.floating.impl;

import org.jyston.api.object.ExactFloat;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;

/**
 * The arithmetic of {@code float} ({@link Double}), against floats and ints ({@link Long},
 * {@link BigInteger}, {@link Boolean}). An int operand is converted to the nearest double first, as
 * CPython does, and one too large raises {@code OverflowError}; comparisons with ints are exact.
 * Any other operand gets {@code NotImplemented}.
 */
final class FloatOps {
    static final Object NI = PyNotImplemented.NotImplemented;

    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_INF = 314159;

    private FloatOps() {}

    // ---- operands

    /** Whether {@code o} is a float or an int, so that float arithmetic takes it. */
    static boolean isNumber(Object o) {
        return o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** The value of a float or int operand as a double; callers have checked {@link #isNumber}. */
    static double dbl(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return (double) l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return bigToDouble((BigInteger) o);
    }

    static double bigToDouble(BigInteger b) {
        double d = b.doubleValue(); // nearest, ties to even
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    // ---- + - * /

    static Object add(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return isNumber(a) && isNumber(b) ? (Object) (dbl(a) + dbl(b)) : NI;
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return isNumber(a) && isNumber(b) ? (Object) (dbl(a) - dbl(b)) : NI;
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return isNumber(a) && isNumber(b) ? (Object) (dbl(a) * dbl(b)) : NI;
    }

    static Object truediv(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        double x = dbl(a);
        double y = dbl(b);
        if (y == 0.0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return x / y;
    }

    // ---- // % divmod, with Python's rule: the remainder takes the sign of the divisor

    static Object mod(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        double x = dbl(a);
        double y = dbl(b);
        if (y == 0.0) {
            throw Errors.zeroDivision("float modulo");
        }
        return pyMod(x, y);
    }

    static double pyMod(double x, double y) {
        double m = x % y; // C's fmod: exact, with the sign of x
        if (m == 0.0) {
            return Math.copySign(0.0, y);
        }
        return (y < 0) != (m < 0) ? m + y : m;
    }

    static Object floordiv(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        double x = dbl(a);
        double y = dbl(b);
        if (y == 0.0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        return floorQuotient(x, y);
    }

    static Object divmod(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        double x = dbl(a);
        double y = dbl(b);
        if (y == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        return PyTuple.of(floorQuotient(x, y), pyMod(x, y));
    }

    /**
     * {@code x // y}: from the exact remainder {@code fmod(x, y)}, {@code x - rem} is a multiple of
     * {@code y}, so {@code (x - rem) / y} is within rounding of an integer; it is snapped to that
     * integer, one less when the remainder had to change sign.
     */
    static double floorQuotient(double x, double y) {
        double m = x % y;
        double q = (x - m) / y;
        if (m != 0.0 && (y < 0) != (m < 0)) {
            q -= 1.0;
        }
        if (q == 0.0) {
            return Math.copySign(0.0, x / y);
        }
        double f = Math.floor(q);
        return q - f > 0.5 ? f + 1.0 : f;
    }

    // ---- **

    static Object pow(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        return pow(dbl(a), dbl(b));
    }

    /** {@code x ** y} with C99's special cases, or NotImplemented when the result would be complex. */
    static Object pow(double x, double y) {
        if (y == 0.0) {
            return 1.0; // even for a NaN base
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean oddY = isOddInteger(y);
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return y > 0 ? x : 0.0;
            }
            if (y > 0) {
                return oddY ? x : -x;
            }
            return oddY ? -0.0 : 0.0;
        }
        if (x == 0.0) {
            if (y < 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return oddY ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) {
                // a negative number to a fractional power is complex, as in CPython
                return org.jyston.api.object.Op.binary(org.jyston.api.object.Slot.POW,
                        new org.jyston.api.object.PyComplex(x, 0.0), new org.jyston.api.object.PyComplex(y, 0.0));
            }
            x = -x;
            negate = oddY;
        }
        if (x == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r;
        if (y == Math.rint(y) && Math.abs(y) <= ExactFloat.MAX_EXACT_EXPONENT) {
            r = y == 1.0 ? x : y == 2.0 ? x * x : y == -1.0 ? 1.0 / x : ExactFloat.powInt(x, (long) y);
        } else {
            r = Math.pow(x, y); // the x86 intrinsic agrees with glibc far more often than fdlibm (StrictMath)
        }
        if (Double.isInfinite(r)) {
            throw Errors.raise(Errors.OverflowError, 34L, "Numerical result out of range");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double y) {
        return Math.abs(y % 2.0) == 1.0;
    }

    // ---- unary

    static Object intValue(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (d > -9.223372036854775807E18 && d < 9.223372036854775807E18) {
            return (long) d;
        }
        BigInteger b = new BigDecimal(d).toBigInteger();
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /**
     * Python's numeric hash: for a finite value {@code m * 2**e} ({@code m} an integer), the value
     * modulo the prime {@code P = 2**61-1}, with the sign kept; since {@code 2**61} is 1 modulo P,
     * multiplying by {@code 2**e} is a rotation of the 61-bit residue by {@code e mod 61}.
     */
    static long hash(Object self, double d) {
        if (Double.isNaN(d)) {
            return System.identityHashCode(self);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? HASH_INF : -HASH_INF;
        }
        if (d == 0.0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        if (biased == 0) {
            biased = 1; // subnormal
        } else {
            m |= 1L << 52;
        }
        int k = Math.floorMod(biased - 1075, 61);
        long x = k == 0 ? m : ((m << k) & HASH_MODULUS) | (m >>> (61 - k));
        long h = d < 0 ? -x : x;
        return h == -1 ? -2 : h;
    }

    // ---- comparison

    /**
     * The sign of {@code d - v} for a non-NaN double and an int, computed exactly (a large int is
     * not rounded to a double first).
     */
    static int compareWithInt(double d, Object v) {
        if (v instanceof BigInteger b) {
            if (Double.isInfinite(d)) {
                return d > 0 ? 1 : -1;
            }
            return new BigDecimal(d).compareTo(new BigDecimal(b));
        }
        long l = v instanceof Long x ? x : ((Boolean) v ? 1L : 0L);
        if (l >= -(1L << 53) && l <= (1L << 53)) {
            double w = (double) l;
            return d < w ? -1 : d > w ? 1 : 0;
        }
        if (d >= 0x1p63) {
            return 1;
        }
        if (d < -0x1p63) {
            return -1;
        }
        long t = (long) d; // d truncated: exact, and representable as a double
        if (t != l) {
            return t < l ? -1 : 1;
        }
        double frac = d - (double) t;
        return frac > 0 ? 1 : frac < 0 ? -1 : 0;
    }

    /** Rich comparison of a float with a float or an int; NotImplemented for anything else. */
    static Object compare(double d, Object o, int op) {
        int c;
        if (o instanceof Double w) {
            double e = w;
            if (Double.isNaN(d) || Double.isNaN(e)) {
                return op == NE;
            }
            c = d < e ? -1 : d > e ? 1 : 0;
        } else if (o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            if (Double.isNaN(d)) {
                return op == NE;
            }
            c = compareWithInt(d, o);
        } else {
            return NI;
        }
        switch (op) {
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case EQ:
                return c == 0;
            case NE:
                return c != 0;
            case GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    static final int LT = 0;
    static final int LE = 1;
    static final int EQ = 2;
    static final int NE = 3;
    static final int GT = 4;
    static final int GE = 5;
}
