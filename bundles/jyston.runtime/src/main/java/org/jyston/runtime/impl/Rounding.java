package org.jyston.runtime.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jyston.api.object.Errors;

/**
 * {@code round()} for int and float. A float is rounded on its exact binary value to the nearest
 * multiple of 10**-ndigits, ties to even, and the decimal result is read back with correct rounding:
 * what CPython gets from its {@code dtoa} (so {@code round(2.675, 2)} is 2.67, because 2.675 is
 * really 2.67499999...).
 */
final class Rounding {
    /** Beyond this many digits every float is already exact: CPython's {@code NDIGITS_MAX}. */
    static final long NDIGITS_MAX = 323;
    /** Below this every float rounds to zero: CPython's {@code NDIGITS_MIN}. */
    static final long NDIGITS_MIN = -308;

    private Rounding() {}

    /** {@code round(x)}: the nearest integer, ties to even, as a Python int. */
    static Object toInt(double x) {
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        double r = Math.rint(x);
        if (r >= -0x1p63 && r < 0x1p63) {
            return (long) r;
        }
        return new BigDecimal(r).toBigIntegerExact();
    }

    /** {@code round(x, ndigits)} for a float. */
    static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal exact = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = Double.parseDouble(exact.toString());
        if (Double.isInfinite(r)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code round(n, ndigits)} for an int: to a multiple of 10**-ndigits, ties to even. */
    static BigInteger round(BigInteger n, long ndigits) {
        if (ndigits >= 0) {
            return n;
        }
        // Ten to a power with more digits than n rounds it to zero (and 0.5 * 10**k > |n| too).
        if (-ndigits > n.abs().toString().length() + 1L) {
            return BigInteger.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = n.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) { // floor division, as CPython's divmod
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.multiply(pow);
    }
}
