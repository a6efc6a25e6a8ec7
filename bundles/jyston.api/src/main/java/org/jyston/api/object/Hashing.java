package org.jyston.api.object;

import java.math.BigInteger;

/**
 * CPython's numeric hash: an integer's hash is its value modulo the Mersenne prime 2**61 - 1, with
 * the sign kept, and -1 (reserved in CPython) becomes -2. Floats and other numbers equal to an int
 * must hash the same, so every numeric type uses these.
 */
public final class Hashing {
    /** 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private Hashing() {}

    public static long ofLong(long v) {
        long h;
        if (v >= 0) {
            h = v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -ofBigAbs(BigInteger.valueOf(v).negate());
        } else {
            h = -((-v) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    public static long ofBig(BigInteger v) {
        long h = v.signum() >= 0 ? ofBigAbs(v) : -ofBigAbs(v.negate());
        return h == -1 ? -2 : h;
    }

    private static long ofBigAbs(BigInteger v) {
        return v.mod(BIG_MODULUS).longValue();
    }
}
